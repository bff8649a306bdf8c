package com.careercompass.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.Contrast;
import com.careercompass.career.FactKind;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.PayFigure;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import com.careercompass.career.Statistic;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

/**
 * A role on one phone screen: pay in each country, the outlook headline, the usual way
 * in, its core strengths and whom it suits. Every line is a fact of the data with its
 * source; nothing is computed from figures of different surveys.
 *
 * @param pay one headline figure per country, in the order of the pay section
 * @param outlook the outlook headline (the first fact with a figure), or null
 * @param wayIn the first education fact, or null
 * @param strengths what the role is strongest at: its side of the core-strengths
 * contrast, else one skill of each kind the articles name for it, or null
 * @param suits reasons a reader would choose the role, completing "it suits you if you…"
 */
public record RoleGlance(List<PayLine> pay, @Nullable OutlookView outlook, @Nullable FactView wayIn,
		@Nullable Strengths strengths, List<FactView> suits) {

	/** Reasons shown at most: the contrasts first, then responsibilities. */
	static final int SUITS = 4;

	static final int SUITS_FROM_CONTRASTS = 3;

	/** Skills named at most when the strengths come from the skill list. */
	static final int SKILLS = 5;

	public static RoleGlance of(Catalog catalog, String slug, Locale locale) {
		List<RoleFact> education = catalog.factsOf(slug, FactKind.EDUCATION);
		return new RoleGlance(PayLine.of(catalog, catalog.payOf(slug), locale),
				outlook(catalog, catalog.outlookOf(slug), locale),
				education.isEmpty() ? null : FactView.of(catalog, education.subList(0, 1), locale).get(0),
				Strengths.of(catalog, slug, locale), suits(catalog, slug, locale));
	}

	/** Whether there is anything to show. */
	public boolean empty() {
		return this.pay.isEmpty() && this.outlook == null && this.wayIn == null && this.strengths == null
				&& this.suits.isEmpty();
	}

	private static @Nullable OutlookView outlook(Catalog catalog, List<OutlookFact> facts, Locale locale) {
		return facts.stream()
			.filter((f) -> f.value() != null)
			.findFirst()
			.or(() -> facts.stream().findFirst())
			.map((f) -> OutlookView.of(catalog, List.of(f), locale).get(0))
			.orElse(null);
	}

	private static List<FactView> suits(Catalog catalog, String slug, Locale locale) {
		List<FactView> reasons = new ArrayList<>();
		for (Contrast contrast : catalog.contrastsOf(slug)) {
			if (reasons.size() == SUITS_FROM_CONTRASTS) {
				break;
			}
			if (Contrast.STRENGTHS.equals(contrast.code()) || Contrast.LANGUAGES.equals(contrast.code())
					|| contrast.choiceOf(slug) == null) {
				continue;
			}
			reasons.add(new FactView(contrast.choiceOf(slug).in(locale),
					Citation.of(catalog, contrast.sourceIds(), locale)));
		}
		for (RoleFact duty : catalog.factsOf(slug, FactKind.RESPONSIBILITY)) {
			if (reasons.size() == SUITS) {
				break;
			}
			if (duty.choice() != null) {
				reasons.add(new FactView(duty.choice().in(locale), Citation.of(catalog, duty.sourceIds(), locale)));
			}
		}
		return List.copyOf(reasons);
	}

	/**
	 * What the role is strongest at.
	 *
	 * @param text the strengths
	 * @param citations where they come from
	 * @param fromSkills whether they are skills the articles name rather than a contrast
	 * they draw
	 */
	public record Strengths(String text, List<Citation> citations, boolean fromSkills) {

		static @Nullable Strengths of(Catalog catalog, String slug, Locale locale) {
			for (Contrast contrast : catalog.contrastsOf(slug)) {
				if (Contrast.STRENGTHS.equals(contrast.code()) && contrast.sideOf(slug) != null) {
					return new Strengths(contrast.sideOf(slug).in(locale),
							Citation.of(catalog, contrast.sourceIds(), locale), false);
				}
			}
			Map<SkillCategory, Skill> firstOfEachKind = new LinkedHashMap<>();
			catalog.skillsOf(slug).forEach((s) -> firstOfEachKind.putIfAbsent(s.category(), s));
			if (firstOfEachKind.isEmpty()) {
				return null;
			}
			List<Skill> named = firstOfEachKind.values().stream().limit(SKILLS).toList();
			Set<String> sources = new LinkedHashSet<>();
			named.forEach((s) -> sources.addAll(s.sourceIds()));
			return new Strengths(String.join(", ", named.stream().map((s) -> s.name().in(locale)).toList()),
					Citation.of(catalog, List.copyOf(sources), locale), true);
		}

	}

	/**
	 * One country's headline figure: a nation-wide one (no region, no employer) when
	 * there is one, the most recent first, a median or mean before a single figure or a
	 * range; a range's two ends together.
	 *
	 * @param countryCode the country's ISO 3166 code
	 * @param country the country's name
	 * @param amount the amount, or a range's two ends, formatted the reader's way
	 * @param statKey message key of its kind
	 * @param survey the survey, or null when not stated
	 * @param year the survey year, or null when not stated
	 * @param where the region or employer, for a figure that is not nation-wide
	 * @param old whether the figure is old
	 * @param others how many other figures the pay section shows for the country
	 * @param citation the article that reports it
	 */
	public record PayLine(String countryCode, String country, String amount, String statKey, @Nullable String survey,
			@Nullable Integer year, @Nullable String where, boolean old, int others, Citation citation) {

		private static final Comparator<PayFigure> HEADLINE = Comparator
			.comparing((PayFigure f) -> f.region() != null || f.employer() != null)
			.thenComparing(PayFigure::year, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing((f) -> switch (f.statistic()) {
				case MEDIAN -> 0;
				case MEAN -> 1;
				case POINT -> 2;
				case RANGE_LOW, RANGE_HIGH -> 3;
			});

		/** The source as a list, for the citation fragment. */
		public List<Citation> citations() {
			return List.of(this.citation);
		}

		/** The key of a range's kind in the message bundles. */
		static final String RANGE = "pay.stat.range";

		public static List<PayLine> of(Catalog catalog, List<PayFigure> figures, Locale locale) {
			Map<String, List<PayFigure>> byPlace = new LinkedHashMap<>();
			figures.forEach((f) -> byPlace
				.computeIfAbsent(f.country() + "/" + f.currency().getCurrencyCode(), (k) -> new ArrayList<>())
				.add(f));
			return byPlace.values().stream().map((place) -> headline(catalog, place, locale)).toList();
		}

		private static PayLine headline(Catalog catalog, List<PayFigure> place, Locale locale) {
			PayFigure head = place.stream().min(HEADLINE).orElseThrow();
			String amount = Formats.money(head.amount(), head.currency(), locale);
			String statKey = head.statistic().messageKey();
			int shown = 1;
			if (head.statistic().isRangeEnd()) {
				PayFigure other = place.stream()
					.filter((f) -> f != head && f.statistic().isRangeEnd() && f.statistic() != head.statistic()
							&& sameSurvey(f, head))
					.findFirst()
					.orElse(null);
				if (other != null) {
					PayFigure low = (head.statistic() == Statistic.RANGE_LOW) ? head : other;
					PayFigure high = (low == head) ? other : head;
					amount = Formats.money(low.amount(), low.currency(), locale) + "\u2013"
							+ Formats.money(high.amount(), high.currency(), locale);
					statKey = RANGE;
					shown = 2;
				}
			}
			String where = (head.employer() != null) ? head.employer() : head.region();
			return new PayLine(head.country(), Formats.country(head.country(), locale), amount, statKey,
					(head.survey() != null) ? head.survey().in(locale) : null, head.year(), where,
					catalog.isOld(head.year()), place.size() - shown, Citation.of(catalog, head.sourceId(), locale));
		}

		private static boolean sameSurvey(PayFigure a, PayFigure b) {
			return java.util.Objects.equals(a.survey(), b.survey()) && java.util.Objects.equals(a.year(), b.year())
					&& java.util.Objects.equals(a.employer(), b.employer())
					&& java.util.Objects.equals(a.region(), b.region());
		}

	}

}
