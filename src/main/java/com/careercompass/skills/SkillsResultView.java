package com.careercompass.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.Role;
import com.careercompass.career.PayPremium;
import com.careercompass.career.SkillCategory;
import com.careercompass.learning.LearningData;
import com.careercompass.learning.RouteView;
import com.careercompass.skills.SkillsCheckResult.RoleResult;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

/**
 * The result page's view of a skills check.
 *
 * @param roles each role, the one asked for first
 * @param sentenceKey the message key of the sentence saying where the ticks lean
 * @param sentenceArgs its arguments
 * @param ticked how many skills are ticked
 * @param rows the numbers per kind (overall first), one cell per role
 * @param chart the same as a picture
 * @param sharePath this result's address
 * @param editPath the form, filled with these ticks
 * @param comparePath the comparison of the two roles
 * @param carried whether the link was made by an earlier version and read by today's rule
 * @param planPath the plan made from this result
 */
public record SkillsResultView(List<RoleView> roles, String sentenceKey, Object[] sentenceArgs, int ticked,
		List<KindRow> rows, CoverageChart chart, String sharePath, String editPath, String comparePath, boolean carried,
		String planPath) {

	/** The message key of the overall row. */
	static final String OVERALL = "skills.kind.overall";

	public static SkillsResultView of(Catalog catalog, LearningData data, SkillsCheckResult result, Locale locale) {
		List<RoleView> roles = result.roles()
			.stream()
			.map((r) -> RoleView.of(catalog, data, r, result.sharePath(), locale))
			.toList();
		List<KindRow> rows = new ArrayList<>();
		rows.add(new KindRow(OVERALL, result.roles().stream().map(RoleResult::overall).toList()));
		for (SkillCategory kind : SkillCategory.values()) {
			List<@Nullable Coverage> cells = result.roles().stream().map((r) -> r.byKind().get(kind)).toList();
			if (cells.stream().anyMatch((c) -> c != null)) {
				rows.add(new KindRow(kind.messageKey(), cells));
			}
		}
		List<Role> defaultOrder = SkillsCheck.roles(catalog, null);
		String compare = "/compare/" + defaultOrder.get(0).slug() + "-vs-" + defaultOrder.get(1).slug();
		return new SkillsResultView(roles, result.sentenceKey(), result.sentenceArgs(locale),
				result.ticks().have().size(), rows, CoverageChart.of(rows), result.sharePath(), result.editPath(),
				compare, result.wasCarried(), result.planPath());
	}

	/**
	 * One row of numbers.
	 *
	 * @param kindKey the message key of the kind (or of "overall")
	 * @param cells one coverage per role, null where the role lists no skill of the kind
	 */
	public record KindRow(String kindKey, List<@Nullable Coverage> cells) {
	}

	/**
	 * One role's side of the result.
	 *
	 * @param slug the role's slug
	 * @param name its name
	 * @param shortName its short name
	 * @param ofShortName the short name as a noun's complement ("d’ingénieur ML" in
	 * French)
	 * @param overall coverage of its listed abilities
	 * @param route what to learn for it, in stages, aptitudes apart
	 * @param otherPremiums premiums reported for it on skills not on its list
	 */
	public record RoleView(String slug, String name, String shortName, String ofShortName, Coverage overall,
			RouteView route, List<OtherPremium> otherPremiums) {

		static RoleView of(Catalog catalog, LearningData data, RoleResult result, String back, Locale locale) {
			String slug = result.role().slug();
			return new RoleView(slug, result.role().name().in(locale), result.role().shortName().in(locale),
					Formats.ofName(result.role().shortName().in(locale), locale), result.overall(),
					RouteView.of(catalog, data, result.route(), back, locale),
					result.otherPremiums().stream().map((p) -> OtherPremium.of(catalog, p, locale)).toList());
		}

	}

	/**
	 * A pay premium reported for a role on a skill it does not list.
	 *
	 * @param skill the skill the survey names
	 * @param percent the premium
	 * @param survey the survey
	 * @param citations the article reporting it
	 */
	public record OtherPremium(String skill, int percent, String survey, List<Citation> citations) {

		static OtherPremium of(Catalog catalog, PayPremium premium, Locale locale) {
			return new OtherPremium(premium.skill().in(locale), premium.percent(), premium.survey(),
					List.of(Citation.of(catalog, premium.sourceId(), locale)));
		}

	}

}
