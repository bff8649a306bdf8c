package com.careercompass.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.PayPremium;
import com.careercompass.career.Role;
import com.careercompass.career.SkillCategory;
import com.careercompass.career.SkillKind;
import com.careercompass.career.ToolNoteText;
import com.careercompass.skills.SkillsCheckResult.LearnItem;
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

	/** How many skills to learn are listed before the rest is folded away. */
	public static final int TOP = 5;

	/** The message key of the overall row. */
	static final String OVERALL = "skills.kind.overall";

	public static SkillsResultView of(Catalog catalog, SkillsCheckResult result, Locale locale) {
		List<RoleView> roles = result.roles()
			.stream()
			.map((r) -> RoleView.of(catalog, r, result.sharePath(), locale))
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
	 * @param overall coverage of its listed skills
	 * @param top the first skills to learn: technical skills of the job, none naming a
	 * tool whose development has stopped
	 * @param rest the other technical skills, in the same order
	 * @param general the aptitudes every job asks for, shown apart ("also asked for")
	 * @param otherPremiums premiums reported for it on skills not on its list
	 */
	public record RoleView(String slug, String name, String shortName, String ofShortName, Coverage overall,
			List<LearnView> top, List<LearnView> rest, List<LearnView> general, List<OtherPremium> otherPremiums) {

		static RoleView of(Catalog catalog, RoleResult result, String back, Locale locale) {
			String slug = result.role().slug();
			List<LearnView> learn = result.learnFirst()
				.stream()
				.map((i) -> LearnView.of(catalog, i, slug, back, locale))
				.toList();
			// The first five: technical skills of the job naming no stopped tool; the
			// aptitudes every job asks for apart.
			List<LearnView> first = learn.stream().filter(LearnView::first).limit(TOP).toList();
			List<LearnView> core = learn.stream()
				.filter((v) -> v.kind() == SkillKind.CORE && !first.contains(v))
				.toList();
			List<LearnView> general = learn.stream().filter((v) -> v.kind() == SkillKind.GENERAL).toList();
			return new RoleView(slug, result.role().name().in(locale), result.role().shortName().in(locale),
					Formats.ofName(result.role().shortName().in(locale), locale), result.overall(), first, core,
					general, result.otherPremiums().stream().map((p) -> OtherPremium.of(catalog, p, locale)).toList());
		}

		/**
		 * The position of the first folded-away skill, for the second list's numbering.
		 */
		public int restStart() {
			return TOP + 1;
		}

	}

	/**
	 * A skill to learn.
	 *
	 * @param code the skill's code
	 * @param name its name
	 * @param kindKey the message key of its kind
	 * @param sources how many articles name it
	 * @param premiumPercent the pay premium a survey reports for it in this role, or null
	 * @param premiumSurvey that survey, or null
	 * @param sharedWith the short names of the other roles that list it
	 * @param citations the articles that name it, and the one reporting its premium
	 * @param href its place on the role's profile
	 * @param toolNotes our notes on stopped tools it names
	 * @param kind core or general
	 */
	public record LearnView(String code, String name, String kindKey, int sources, @Nullable Integer premiumPercent,
			@Nullable String premiumSurvey, List<String> sharedWith, List<Citation> citations, String href,
			List<ToolNoteText> toolNotes, SkillKind kind) {

		/** Whether it may be among the first to learn. */
		boolean first() {
			return this.kind == SkillKind.CORE && this.toolNotes.isEmpty();
		}

		static LearnView of(Catalog catalog, LearnItem item, String roleSlug, String back, Locale locale) {
			List<String> sources = new ArrayList<>(item.skill().sourceIds());
			PayPremium premium = item.premium();
			if (premium != null && !sources.contains(premium.sourceId())) {
				sources.add(premium.sourceId());
			}
			return new LearnView(Ticks.code(item.skill().id()), item.skill().name().in(locale),
					item.skill().category().messageKey(), item.skill().sourceIds().size(),
					(premium != null) ? premium.percent() : null, (premium != null) ? premium.survey() : null,
					item.sharedWith().stream().map((r) -> Formats.ofName(r.shortName().in(locale), locale)).toList(),
					Citation.of(catalog, sources, locale), item.skill().profileHref(roleSlug, back),
					ToolNoteText.of(item.skill(), locale), item.skill().kind());
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
