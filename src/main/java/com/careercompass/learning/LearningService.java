package com.careercompass.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.LocalizedText;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The learning route's data, read once at start (it only changes with a migration), and
 * the routes built from it ({@link LearningRoute}).
 */
@Service
public class LearningService {

	private final CatalogService catalogs;

	private final LearningData data;

	@Autowired
	LearningService(CatalogService catalogs, DataSource dataSource) {
		this(catalogs, read(JdbcClient.create(dataSource), catalogs));
	}

	private LearningService(CatalogService catalogs, LearningData data) {
		this.catalogs = catalogs;
		this.data = data.checked(catalogs.catalog());
	}

	/**
	 * Routes over route data given as it is: what a web slice uses, over a hand-made
	 * catalog ({@link LearningData#plain}).
	 * @param catalogs the facts
	 * @param data the route's data
	 * @return the service
	 */
	public static LearningService of(CatalogService catalogs, LearningData data) {
		return new LearningService(catalogs, data);
	}

	/** The route's data. */
	public LearningData data() {
		return this.data;
	}

	/** The facts the routes are made of. */
	public Catalog catalog() {
		return this.catalogs.catalog();
	}

	/**
	 * The route to one role, or to what two roles share.
	 * @param roles one role, or two for what they share
	 * @param known what the person has
	 * @param enjoyed what they said they would enjoy, by skill
	 * @return the route
	 */
	public Route route(List<String> roles, Known known, Map<Long, Enjoyment> enjoyed) {
		return LearningRoute.of(catalog(), this.data, roles, known, enjoyed);
	}

	/**
	 * The page of one skill.
	 * @param code the skill's code
	 * @param role the role to explain it for first, or null
	 * @param back the way back to the result that links there (already checked), or null
	 * @param locale the reader's language
	 * @return the page
	 * @throws SkillNotFoundException for a code no skill has
	 */
	public LearnPage page(String code, @Nullable String role, @Nullable String back, java.util.Locale locale) {
		Catalog catalog = catalog();
		com.careercompass.career.Skill skill = catalog.skills()
			.stream()
			.filter((s) -> com.careercompass.career.Skill.code(s.id()).equals(code))
			.findFirst()
			.orElseThrow(() -> new SkillNotFoundException(code));
		String first = (role != null && catalog.findRole(role).isPresent()) ? role : null;
		return LearnPage.of(catalog, this.data, skill, first, back, locale);
	}

	private static LearningData read(JdbcClient jdbc, CatalogService catalogs) {
		Map<Long, List<Long>> members = new HashMap<>();
		jdbc.sql("select m.family_id, m.skill_id from skill_family_member m join skill s on s.id = m.skill_id"
				+ " order by s.sort_order")
			.query((rs, n) -> members.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		List<Family> families = jdbc
			.sql("select id, name_en, name_fr, note_en, note_fr from skill_family order by sort_order")
			.query((rs, n) -> new Family(rs.getLong(1), new LocalizedText(rs.getString(2), rs.getString(3)),
					new LocalizedText(rs.getString(4), rs.getString(5)), List.copyOf(members.get(rs.getLong(1)))))
			.list();
		Map<Long, SkillRoute> routes = new LinkedHashMap<>();
		jdbc.sql("select skill_id, stage, learn_order, proof_en, proof_fr from skill_route")
			.query((rs, n) -> routes.put(rs.getLong(1),
					new SkillRoute(Stage.valueOf(rs.getString(2)), rs.getInt(3),
							new LocalizedText(rs.getString(4), rs.getString(5)))))
			.list();
		Map<Long, Start> starts = new LinkedHashMap<>();
		jdbc.sql("select skill_id, title_en, publisher_en, url_en, what_en, what_fr, title_fr, publisher_fr, url_fr,"
				+ " title_fr_french from learning_start")
			.query((rs, n) -> starts.put(rs.getLong(1),
					new Start(rs.getString(2), rs.getString(3), rs.getString(4),
							new LocalizedText(rs.getString(5), rs.getString(6)), rs.getString(7), rs.getString(8),
							rs.getString(9), rs.getBoolean(10))))
			.list();
		Map<String, Set<String>> articles = new HashMap<>();
		jdbc.sql("select source_id, role_id from article_role")
			.query((rs, n) -> articles.computeIfAbsent(catalogs.roleSlug(rs.getLong(2)), (k) -> new HashSet<>())
				.add(rs.getString(1)))
			.list();
		Map<String, LocalizedText> trials = new HashMap<>();
		jdbc.sql("select role_id, text_en, text_fr from role_trial")
			.query((rs, n) -> trials.put(catalogs.roleSlug(rs.getLong(1)),
					new LocalizedText(rs.getString(2), rs.getString(3))))
			.list();
		LocalDate checked = jdbc.sql("select starts_checked_on from data_set").query(LocalDate.class).single();
		Map<String, Set<String>> frozen = new HashMap<>();
		articles.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
		return new LearningData(List.copyOf(families), Map.copyOf(routes), Map.copyOf(starts), Map.copyOf(frozen),
				Map.copyOf(trials), checked);
	}

}
