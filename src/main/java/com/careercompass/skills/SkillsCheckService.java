package com.careercompass.skills;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.learning.LearningService;
import com.careercompass.career.Role;
import com.careercompass.system.web.LinkFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Skills checks from addresses, for the pages and the API.
 */
@Service
public class SkillsCheckService implements LinkFormat {

	/** The form. */
	public static final String FORM_PATH = "/skills-check";

	/** The result page. */
	public static final String RESULT_PATH = "/skills-check/result";

	private final CatalogService catalogs;

	private final LearningService learning;

	/**
	 * The ids of the skills that can be ticked: the catalog never changes while running.
	 */
	private final Set<Long> known;

	/** The slugs of the checked roles. */
	private final Set<String> roles;

	SkillsCheckService(CatalogService catalogs, LearningService learning) {
		this.catalogs = catalogs;
		this.learning = learning;
		List<Role> roles = SkillsCheck.roles(catalogs.catalog(), null);
		this.known = SkillsCheck.skills(catalogs.catalog(), roles)
			.stream()
			.map((s) -> s.id())
			.collect(Collectors.toUnmodifiableSet());
		this.roles = roles.stream().map(Role::slug).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The check a result link describes.
	 * @param params the link's parameters
	 * @param query its raw query string
	 * @return the result
	 * @throws InvalidSkillsLinkException if the link cannot be read
	 */
	public SkillsCheckResult check(Map<String, String[]> params, @Nullable String query) {
		SkillsLink.Reading link = SkillsLink.strict(params, query, this.known, this.roles);
		SkillsCheckResult result = SkillsCheck.check(catalog(), this.learning.data(), link.first(), link.ticks());
		return link.carried() ? result.carried() : result;
	}

	/** What the form can read from an address. */
	SkillsLink.Reading read(Map<String, String[]> params) {
		return SkillsLink.lenient(params, this.known, this.roles);
	}

	Catalog catalog() {
		return this.catalogs.catalog();
	}

	/**
	 * The result page's view of a check.
	 * @param result the check
	 * @param locale the reader's language
	 * @return the view
	 */
	public SkillsResultView view(SkillsCheckResult result, java.util.Locale locale) {
		return SkillsResultView.of(catalog(), this.learning.data(), result, locale);
	}

	/**
	 * The result page's address for some ticks.
	 * @param ticks the ticks
	 * @param first the role to show first, or null
	 * @return the path and query
	 */
	public static String resultPath(Ticks ticks, @Nullable String first) {
		return address(RESULT_PATH, ticks, first, true);
	}

	/**
	 * The form's address, filled with some ticks.
	 * @param ticks the ticks
	 * @param first the role to show first, or null
	 * @return the path and query
	 */
	public static String formPath(Ticks ticks, @Nullable String first) {
		return address(FORM_PATH, ticks, first, false);
	}

	private static String address(String path, Ticks ticks, @Nullable String first, boolean versioned) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (versioned) {
			uri.queryParam(SkillsLink.VERSION, SkillsCheck.VERSION);
		}
		if (!ticks.have().isEmpty()) {
			uri.queryParam(SkillsLink.HAVE, ticks.haveParam());
		}
		if (!ticks.work().isEmpty()) {
			uri.queryParam(SkillsLink.WORK, ticks.workParam());
		}
		if (first != null) {
			uri.queryParam(SkillsLink.FIRST, first);
		}
		return uri.build().toUriString();
	}

	/**
	 * A skills-check link's parameters: the version, the ticks, the skills used at work,
	 * the role listed first, the skill in focus and a carried quiz result.
	 */
	@Override
	public Set<String> parameterNames() {
		return Set.of(SkillsLink.VERSION, SkillsLink.HAVE, SkillsLink.WORK, SkillsLink.FIRST, SkillsLink.FOCUS,
				QuizCarry.PARAM);
	}

}
