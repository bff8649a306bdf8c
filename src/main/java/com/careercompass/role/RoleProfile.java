package com.careercompass.role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.FactKind;
import com.careercompass.career.Role;

/**
 * Everything a role's profile page shows, in the reader's language.
 *
 * @param slug URL identifier
 * @param name the role's name
 * @param partial whether the articles say little about it
 * @param summary what the role does
 * @param responsibilities its responsibilities
 * @param skills its skills, by category
 * @param pay its pay figures, by country and currency
 * @param payNotes what the sources say about all of its pay
 * @param premiums skills linked to higher pay
 * @param outlook its job outlook
 * @param education education and ways in
 * @param contrasts how it differs from other roles
 * @param sources every source the page cites
 * @param glance the role on one screen, before the sections
 */
record RoleProfile(String slug, String name, boolean partial, List<FactView> summary, List<FactView> responsibilities,
		List<SkillGroup> skills, List<PayGroup> pay, List<PayNote> payNotes, List<PremiumView> premiums,
		List<OutlookView> outlook, List<FactView> education, List<ContrastView> contrasts, List<Citation> sources,
		RoleGlance glance) {

	static RoleProfile of(Catalog catalog, Role role, Locale locale) {
		String slug = role.slug();
		List<FactView> summary = FactView.of(catalog, catalog.factsOf(slug, FactKind.SUMMARY), locale);
		List<FactView> responsibilities = FactView.of(catalog, catalog.factsOf(slug, FactKind.RESPONSIBILITY), locale);
		List<FactView> education = FactView.of(catalog, catalog.wayInOf(slug, locale), locale);
		List<SkillGroup> skills = SkillGroup.of(catalog, slug, locale);
		List<PayGroup> pay = PayGroup.of(catalog, catalog.payOf(slug), locale);
		List<PremiumView> premiums = PremiumView.of(catalog, slug, locale);
		List<OutlookView> outlook = OutlookView.of(catalog, catalog.outlookOf(slug), locale);
		List<ContrastView> contrasts = ContrastView.of(catalog, slug, locale);
		List<PayNote> payNotes = PayNote.general(catalog, slug, locale);
		return new RoleProfile(slug, role.name().in(locale), role.partial(), summary, responsibilities, skills, pay,
				payNotes, premiums, outlook, education, contrasts,
				citedSources(summary, responsibilities, education, skills, pay, payNotes, premiums, outlook, contrasts),
				RoleGlance.of(catalog, slug, locale));
	}

	private static List<Citation> citedSources(List<FactView> summary, List<FactView> responsibilities,
			List<FactView> education, List<SkillGroup> skills, List<PayGroup> pay, List<PayNote> payNotes,
			List<PremiumView> premiums, List<OutlookView> outlook, List<ContrastView> contrasts) {
		Set<Citation> cited = new LinkedHashSet<>();
		Stream.of(summary, responsibilities, education)
			.flatMap(List::stream)
			.forEach((f) -> cited.addAll(f.citations()));
		skills.forEach((g) -> g.skills().forEach((s) -> cited.addAll(s.citations())));
		pay.forEach((g) -> g.rows().forEach((r) -> cited.add(r.citation())));
		pay.forEach((g) -> g.notes().forEach((n) -> cited.add(n.citation())));
		payNotes.forEach((n) -> cited.add(n.citation()));
		premiums.forEach((p) -> cited.add(p.citation()));
		outlook.forEach((o) -> cited.add(o.citation()));
		contrasts.forEach((c) -> cited.addAll(c.citations()));
		return cited.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
	}

}
