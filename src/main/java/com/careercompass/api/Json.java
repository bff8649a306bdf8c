package com.careercompass.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careercompass.skills.Ticks;
import com.careercompass.career.Catalog;
import com.careercompass.career.Contrast;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.PayContext;
import com.careercompass.career.PayFigure;
import com.careercompass.career.PayPremium;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;
import com.careercompass.career.Source;
import com.careercompass.career.UseCase;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * The API's records: built from the catalog's records, never from entities, with stable
 * field names.
 */
final class Json {

	private Json() {
	}

	/** Amounts as plain numbers: 115243, not 115243.00 or 1.15243E+5. */
	static BigDecimal number(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	@Schema(description = "A sentence about a role, with the sources it comes from")
	record Fact(@Schema(example = "Deploy and optimise ML and deep-learning models in production") String text,
			@Schema(example = "[\"dataversity-2023\"]") List<String> sources) {

		static List<Fact> of(List<RoleFact> facts, Locale locale) {
			return facts.stream().map((f) -> new Fact(f.text().in(locale), f.sourceIds())).toList();
		}

	}

	@Schema(description = "A skill and the roles the sources tie it to")
	record SkillJson(@Schema(example = "27") long id, @Schema(example = "GPU architectures and CUDA") String name,
			@Schema(example = "PROGRAMMING") String category,
			@Schema(example = "[\"machine-learning-engineer\"]") Set<String> roles, List<String> sources,
			@Schema(description = "what the term means, in plain words: the portal's own, not a fact from the sources; "
					+ "null when the name explains itself") @Nullable String explanation,
			@Schema(example = "r",
					description = "the skill's code in skills-check addresses (its id in base 36)") String code,
			@Schema(example = "CORE", description = "CORE for a technical skill of the job, GENERAL for an aptitude "
					+ "every job asks for: the portal's own judgement, by which what to learn first is ordered") String kind,
			@Schema(description = "the portal's own dated notes on tools the skill names whose development has "
					+ "stopped (not facts from the sources)") List<ToolNoteJson> toolNotes) {

		static SkillJson of(Skill s, Locale locale) {
			return new SkillJson(s.id(), s.name().in(locale), s.category().name(), s.roleSlugs(), s.sourceIds(),
					(s.explanation() != null) ? s.explanation().in(locale) : null, Ticks.code(s.id()), s.kind().name(),
					s.toolNotes()
						.stream()
						.map((n) -> new ToolNoteJson(n.tool(), n.sinceYear(), n.note().in(locale)))
						.toList());
		}

	}

	@Schema(description = "The portal's own note on a tool whose development has stopped")
	record ToolNoteJson(@Schema(example = "Theano") String tool,
			@Schema(example = "2017", description = "the year its development stopped") int sinceYear, String note) {
	}

	@Schema(description = "One pay figure exactly as reported: yearly pay (the articles never say gross or net), never converted, never averaged")
	record PayFigureJson(@Schema(example = "6") long id, @Schema(example = "machine-learning-engineer") String role,
			@Schema(example = "US", description = "ISO 3166-1 alpha-2") String country, @Nullable String region,
			@Nullable String employer, @Schema(example = "USD", description = "ISO 4217") String currency,
			@Schema(example = "MEAN", allowableValues = {
					"MEAN", "MEDIAN", "RANGE_LOW", "RANGE_HIGH", "POINT" }) String statistic,
			@Schema(example = "115243") BigDecimal amount, @Schema(example = "2023") @Nullable Integer year,
			@Schema(example = "PayScale (average base salary)") @Nullable String survey,
			@Schema(example = "dataversity-2023") String source,
			@Schema(description = "the article's text was garbled and the figure repaired by hand") boolean repaired,
			@Nullable String note,
			@Schema(description = "the survey month, 1 to 12, where the article gives one") @Nullable Integer surveyMonth,
			@Schema(description = "more than five years before the review date, by the figure's date or, without a year, its article's") boolean old,
			@Schema(description = "neither the figure nor its article is dated: never to be read as current") boolean undated){

		static PayFigureJson of(PayFigure f, com.careercompass.career.Catalog catalog, Locale locale) {
			return new PayFigureJson(f.id(), f.roleSlug(), f.country(), f.region(), f.employer(),
					f.currency().getCurrencyCode(), f.statistic().name(), number(f.amount()), f.year(),
					(f.survey() != null) ? f.survey().in(locale) : null, f.sourceId(), f.repaired(),
					(f.note() != null) ? f.note().in(locale) : null, f.surveyMonth(),
					com.careercompass.career.DateMark.isOld(catalog.dateMark(f, locale)),
					com.careercompass.career.DateMark.isUndated(catalog.dateMark(f, locale)));
		}

	}

	@Schema(description = "A skill a pay survey links to higher pay for a role")
	record PremiumJson(@Schema(example = "machine-learning-engineer") String role,
			@Schema(example = "Image processing") String skill, @Schema(example = "26") int percent,
			@Schema(example = "PayScale") String survey, String source) {

		static PremiumJson of(PayPremium p, Locale locale) {
			return new PremiumJson(p.roleSlug(), p.skill().in(locale), p.percent(), p.survey(), p.sourceId());
		}

	}

	@Schema(description = "Where machine learning is used")
	record UseCaseJson(@Schema(example = "Spam and fraud detection; credit-card fraud in real time") String text,
			List<String> sources) {

		static UseCaseJson of(UseCase u, Locale locale) {
			return new UseCaseJson(u.text().in(locale), u.sourceIds());
		}

	}

	@Schema(description = "What to know beside a role's pay figures; country null: all of them")
	record PayContextJson(@Schema(example = "machine-learning-engineer") String role,
			@Schema(example = "FR") @Nullable String country, @Schema(example = "Paris") @Nullable String region,
			String text, String source) {

		static PayContextJson of(PayContext c, Locale locale) {
			return new PayContextJson(c.roleSlug(), c.country(), c.region(), c.text().in(locale), c.sourceId());
		}

	}

	@Schema(description = "A job-market outlook fact; role is null for facts about the whole field")
	record OutlookJson(@Nullable String role, String text, @Nullable BigDecimal value, @Schema(allowableValues = {
			"PERCENT", "PERCENT_PER_YEAR", "TIMES", "TRILLION_USD", "MILLION_USD" }) @Nullable String unit,
			@Nullable String period, @Nullable String survey, String source,
			@Schema(description = "the year a forecast was made, where the article says so") @Nullable Integer madeYear,
			@Schema(description = "the last year a forecast looks to, where the article says so") @Nullable Integer horizonYear,
			@Schema(description = "whether that year had passed when the facts were last reviewed") boolean horizonPassed,
			@Schema(description = "the year of the report behind it, where the article names one") @Nullable Integer reportedYear,
			@Schema(description = "more than five years before the review date, by its report's year or else its article's date; false for a passed forecast, which horizonPassed marks") boolean old,
			@Schema(description = "neither the report nor its article is dated: never to be read as current") boolean undated){

		static OutlookJson of(OutlookFact o, com.careercompass.career.Catalog catalog, Locale locale) {
			return new OutlookJson(o.roleSlug(), o.text().in(locale), (o.value() != null) ? number(o.value()) : null,
					(o.unit() != null) ? o.unit().name() : null, (o.period() != null) ? o.period().in(locale) : null,
					(o.survey() != null) ? o.survey().in(locale) : null, o.sourceId(), o.madeYear(), o.horizonYear(),
					o.horizonPassed(catalog.reviewedOn()), o.reportedYear(),
					com.careercompass.career.DateMark.isOld(catalog.dateMark(o)),
					com.careercompass.career.DateMark.isUndated(catalog.dateMark(o)));
		}

	}

	@Schema(description = "One point on which roles differ, each role's side by slug")
	record ContrastJson(@Schema(example = "Main output") String aspect, Map<String, String> sides,
			List<String> sources) {

		static ContrastJson of(Contrast c, Locale locale) {
			Map<String, String> sides = new java.util.LinkedHashMap<>();
			c.sides().forEach((slug, text) -> sides.put(slug, text.in(locale)));
			return new ContrastJson(c.aspect().in(locale), sides, c.sourceIds());
		}

	}

	@Schema(description = "A source article; an untitled one has no French title, and titleEn only describes it")
	record SourceJson(@Schema(example = "dataversity-2023") String id, @Schema(
			description = "in the reader's language: the title, or for an untitled article our description of it") String title,
			String titleEn, @Nullable String titleFr, boolean untitled, String publisher, @Nullable Integer year,
			@Nullable String publishedOn, @Nullable String dateNote, @Schema(example = "fr") String language,
			String label, @Schema(description = "what kind of text it is (our reading)", allowableValues = {
					"PRESS_REPUBLICATION", "COURSE_PROVIDER_BLOG", "PERSONAL_BLOG", "COURSE_PROVIDER",
					"UNTITLED_GUIDE" }) String kind){

		static SourceJson of(Source s, Locale locale) {
			return new SourceJson(s.id(), s.title().in(locale), s.title().en(),
					s.untitled() ? null : s.title().in(Locale.FRENCH), s.untitled(), s.publisher().in(locale), s.year(),
					(s.publishedOn() != null) ? s.publishedOn().toString() : null,
					(s.dateNote() != null) ? s.dateNote().in(locale) : null, s.language(), s.label().in(locale),
					s.kind().name());
		}

	}

}
