package com.careercompass.compare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.Contrast;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.RoleFact;
import com.careercompass.role.FactView;
import com.careercompass.role.OutlookView;
import com.careercompass.role.PayNote;
import com.careercompass.role.PremiumView;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

/**
 * A comparison in the reader's language, ready for the template.
 *
 * @param a the first role
 * @param b the second role
 * @param canonical the canonical address of this pair (the catalog's order)
 * @param swapped the address with the sides swapped
 * @param contrasts the point-by-point contrasts
 * @param skills the skill overlap
 * @param pay pay by country and currency
 * @param premiums pay-boosting skills, per side
 * @param outlook outlook, per side
 * @param summary what each role is
 * @param responsibilities what each role does
 * @param education education and ways in
 * @param sources every source cited
 * @param decision "choose this role if…", per side
 * @param glance the summary at the top of the page
 * @param payNotes what the sources say about all of each role's pay
 */
public record CompareView(Side a, Side b, String canonical, String swapped, List<ContrastRow> contrasts,
		SkillOverlap skills, List<PayPlaceView> pay, Comparison.Pair<List<PremiumView>> premiums,
		Comparison.Pair<List<OutlookView>> outlook, Comparison.Pair<List<FactView>> summary,
		Comparison.Pair<List<FactView>> responsibilities, Comparison.Pair<List<FactView>> education,
		List<Citation> sources, Comparison.Pair<Choice> decision, Glance glance,
		Comparison.Pair<List<PayNote>> payNotes) {

	static CompareView of(Catalog catalog, Comparison c, BiFunction<Skill, String, List<String>> sourcesFor,
			Locale locale) {
		Role first = CompareUrls.canonicalFirst(catalog, c.a(), c.b());
		Role second = first.equals(c.a()) ? c.b() : c.a();
		return new CompareView(Side.of(c.a(), locale), Side.of(c.b(), locale), CompareUrls.pair(first, second),
				CompareUrls.pair(c.b(), c.a()),
				c.contrasts().stream().map((x) -> ContrastRow.of(catalog, x, c, locale)).toList(),
				SkillOverlap.of(catalog, c.skills(), locale), PayPlaceView.of(catalog, c, locale),
				pair(c.premiums(), (slug, list) -> PremiumView.of(catalog, slug, locale), c),
				pair(c.outlook(), (slug, list) -> OutlookView.of(catalog, list, locale), c),
				pair(c.summary(), (slug, list) -> FactView.of(catalog, list, locale), c),
				pair(c.responsibilities(), (slug, list) -> FactView.of(catalog, list, locale), c),
				pair(c.education(),
						(slug, list) -> FactView.of(catalog,
								com.careercompass.career.ReaderCountry.first(list, RoleFact::country, locale), locale),
						c),
				Citation.of(catalog, c.sourceIds(), locale), choices(catalog, c, locale),
				Glance.of(catalog, c, sourcesFor, locale),
				new Comparison.Pair<>(PayNote.general(catalog, c.a().slug(), locale),
						PayNote.general(catalog, c.b().slug(), locale)));
	}

	private static Comparison.Pair<Choice> choices(Catalog catalog, Comparison c, Locale locale) {
		Decision decision = Decision.of(c);
		return new Comparison.Pair<>(Choice.of(catalog, decision.a(), c.summary().a(), locale),
				Choice.of(catalog, decision.b(), c.summary().b(), locale));
	}

	/** Whether some survey gives the same kind of figure for both roles in one year. */
	public boolean likeForLike() {
		return this.pay.stream().anyMatch((p) -> !p.likeForLike().isEmpty());
	}

	/** This page's own address, sides in the order the reader chose. */
	public String self() {
		return CompareUrls.pair(this.a.slug(), this.b.slug());
	}

	private static <T, R> Comparison.Pair<R> pair(Comparison.Pair<T> pair, BiFunction<String, T, R> view,
			Comparison c) {
		return new Comparison.Pair<>(view.apply(c.a().slug(), pair.a()), view.apply(c.b().slug(), pair.b()));
	}

	/**
	 * One side's role.
	 *
	 * @param slug URL identifier
	 * @param name full name
	 * @param shortName short name
	 * @param partial whether the articles say little about it
	 * @param ofShortName the short name as a noun's complement ("d’ingénieur ML" in
	 * French)
	 * @param inSentence the short name as it reads mid-sentence ("data scientist" in
	 * French)
	 */
	record Side(String slug, String name, String shortName, boolean partial, String ofShortName, String inSentence) {

		static Side of(Role role, Locale locale) {
			String shortName = role.shortName().in(locale);
			return new Side(role.slug(), role.name().in(locale), shortName, role.partial(),
					Formats.ofName(shortName, locale), Formats.inSentence(shortName, locale));
		}

	}

	/**
	 * When to choose one side, in the reader's language.
	 *
	 * @param points the reasons, from the data
	 * @param uncovered with no point at all, what the sources do say about the role (its
	 * first summary fact), or null
	 */
	record Choice(List<ChoicePoint> points, @Nullable String uncovered) {

		static Choice of(Catalog catalog, List<Decision.Point> points, List<RoleFact> summary, Locale locale) {
			return new Choice(points.stream().map((p) -> ChoicePoint.of(catalog, p, locale)).toList(),
					(points.isEmpty() && !summary.isEmpty()) ? summary.get(0).text().in(locale) : null);
		}

	}

	/**
	 * One reason to choose a role.
	 *
	 * @param kind where it comes from: CONTRAST, RESPONSIBILITY or SKILLS
	 * @param reason what it means for the reader, completing "choose it if you…", or null
	 * for the page's own words for the kind
	 * @param contrast the contrast's code, or null: the page words each kind of contrast
	 * as a sentence (messages {@code compare.decide.contrast.<code>}), never by the
	 * aspect's label
	 * @param aspect the contrast's aspect, or null
	 * @param text the fact it rests on; for SKILLS, the skills' names
	 * @param lowered the text with its first letter in lower case (unless it starts with
	 * an acronym), for a sentence that runs on into it
	 * @param citations its sources
	 */
	record ChoicePoint(String kind, @Nullable String reason, @Nullable String contrast, @Nullable String aspect,
			String text, String lowered, List<Citation> citations) {

		static ChoicePoint of(Catalog catalog, Decision.Point point, Locale locale) {
			// Every item of the list continues the sentence: in French in lower case but
			// for names.
			String text = (point.kind() == Decision.Point.Kind.SKILLS)
					? String.join(", ", point.skills().stream().map((s) -> s.continuing(locale)).toList())
					: Objects.requireNonNull(point.text(), "a contrast or a duty has a text").continuing(locale);
			return new ChoicePoint(point.kind().name(), (point.reason() != null) ? point.reason().in(locale) : null,
					point.contrast(), (point.aspect() != null) ? point.aspect().in(locale) : null, text, lowered(text),
					Citation.of(catalog, point.sourceIds(), locale));
		}

		/** "Builder: turns…" → "builder: turns…"; "ML frameworks" stays. */
		static String lowered(String text) {
			return (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1)))
					? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
		}

	}

	/**
	 * One point of contrast.
	 *
	 * @param aspect what is compared
	 * @param a the first role's side
	 * @param b the second role's side
	 * @param citations the sources
	 */
	record ContrastRow(String aspect, String a, String b, List<Citation> citations) {

		static ContrastRow of(Catalog catalog, Contrast contrast, Comparison c, Locale locale) {
			return new ContrastRow(contrast.aspect().in(locale), contrast.side(c.a().slug()).in(locale),
					contrast.side(c.b().slug()).in(locale), Citation.of(catalog, contrast.sourceIds(), locale));
		}

	}

}
