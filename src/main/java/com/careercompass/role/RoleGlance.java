package com.careercompass.role;

import java.util.ArrayList;
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
import com.careercompass.career.LocalizedText;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

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
@NamedInterface("views")
public record RoleGlance(List<PayHeadline> pay, @Nullable OutlookView outlook, @Nullable FactView wayIn,
		@Nullable Strengths strengths, List<FactView> suits) {

	/** Reasons shown at most: the contrasts first, then responsibilities. */
	static final int SUITS = 4;

	static final int SUITS_FROM_CONTRASTS = 3;

	/** Skills named at most when the strengths come from the skill list. */
	static final int SKILLS = 5;

	public static RoleGlance of(Catalog catalog, String slug, Locale locale) {
		List<RoleFact> education = catalog.wayInOf(slug, locale);
		return new RoleGlance(PayHeadline.of(catalog, catalog.payOf(slug), locale),
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
		return OutlookFact.headline(facts, catalog.reviewedOn())
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
			LocalizedText choice = contrast.choiceOf(slug);
			if (Contrast.STRENGTHS.equals(contrast.code()) || Contrast.LANGUAGES.equals(contrast.code())
					|| choice == null) {
				continue;
			}
			reasons.add(new FactView(choice.in(locale), Citation.of(catalog, contrast.sourceIds(), locale)));
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

		/**
		 * The role's side of the core-strengths contrast, or else the first skill of each
		 * kind the articles name for it (also on a comparison, where the other role has
		 * no such contrast).
		 */
		public static @Nullable Strengths of(Catalog catalog, String slug, Locale locale) {
			for (Contrast contrast : catalog.contrastsOf(slug)) {
				LocalizedText side = contrast.sideOf(slug);
				if (Contrast.STRENGTHS.equals(contrast.code()) && side != null) {
					return new Strengths(side.in(locale), Citation.of(catalog, contrast.sourceIds(), locale), false);
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

}
