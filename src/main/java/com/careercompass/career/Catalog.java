package com.careercompass.career;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Every career fact the portal shows, in display order. Immutable: the data only changes
 * with a migration.
 *
 * @param sources the source articles
 * @param roles the roles, the two compared first
 * @param facts summaries, responsibilities and education facts
 * @param skills the skills
 * @param pay the pay figures
 * @param payContext what a reader needs to know beside the pay figures
 * @param premiums the pay-boosting skills
 * @param outlook the outlook facts
 * @param useCases where machine learning is used
 * @param contrasts how roles differ
 * @param reviewedOn when the facts were last checked against their sources
 */
public record Catalog(List<Source> sources, List<Role> roles, List<RoleFact> facts, List<Skill> skills,
		List<PayFigure> pay, List<PayContext> payContext, List<PayPremium> premiums, List<OutlookFact> outlook,
		List<UseCase> useCases, List<Contrast> contrasts, LocalDate reviewedOn) {

	/**
	 * How many years older than the review a figure may be before it is marked as old.
	 */
	public static final int OLD_AFTER_YEARS = 5;

	public Optional<Role> findRole(String slug) {
		return this.roles.stream().filter((r) -> r.slug().equals(slug)).findFirst();
	}

	public Role role(String slug) {
		return findRole(slug).orElseThrow(() -> new RoleNotFoundException(slug));
	}

	public Source source(String id) {
		return this.sources.stream()
			.filter((s) -> s.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No source " + id));
	}

	public List<RoleFact> factsOf(String roleSlug, FactKind kind) {
		return this.facts.stream().filter((f) -> f.roleSlug().equals(roleSlug) && f.kind() == kind).toList();
	}

	public List<Skill> skillsOf(String roleSlug) {
		return this.skills.stream().filter((s) -> s.neededBy(roleSlug)).toList();
	}

	public List<PayFigure> payOf(String roleSlug) {
		return this.pay.stream().filter((p) -> p.roleSlug().equals(roleSlug)).toList();
	}

	public List<PayContext> payContextOf(String roleSlug) {
		return this.payContext.stream().filter((c) -> c.roleSlug().equals(roleSlug)).toList();
	}

	public List<PayPremium> premiumsOf(String roleSlug) {
		return this.premiums.stream().filter((p) -> p.roleSlug().equals(roleSlug)).toList();
	}

	public List<OutlookFact> outlookOf(String roleSlug) {
		return this.outlook.stream().filter((o) -> roleSlug.equals(o.roleSlug())).toList();
	}

	/** Outlook facts about the whole field rather than one role. */
	public List<OutlookFact> fieldOutlook() {
		return this.outlook.stream().filter((o) -> o.roleSlug() == null).toList();
	}

	public List<Contrast> contrastsOf(String roleSlug) {
		return this.contrasts.stream().filter((c) -> c.sideOf(roleSlug) != null).toList();
	}

	/**
	 * Whether a figure of this year is more than {@value #OLD_AFTER_YEARS} years older
	 * than the data set's review, so that pages mark it as old.
	 * @param year the figure's year, or null when the source gives none
	 * @return true when the year is known and too old to read as current
	 */
	public boolean isOld(@Nullable Integer year) {
		return year != null && this.reviewedOn.getYear() - year > OLD_AFTER_YEARS;
	}

}
