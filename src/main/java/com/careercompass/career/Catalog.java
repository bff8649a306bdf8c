package com.careercompass.career;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

	/**
	 * The one structural rule of the data: exactly two fully documented roles, the pair
	 * the quiz scores, the skills check weighs, the plan chooses between and the home
	 * page compares ({@code career_role.partial_data = false}). The other roles are
	 * neighbours the articles mention. Checked once, when the catalog is read
	 * ({@link #checked()}).
	 */
	public static final int FULL_ROLES = 2;

	/**
	 * The fully documented roles, in the catalog's order.
	 * @return the {@value #FULL_ROLES} full roles
	 */
	public List<Role> fullRoles() {
		return this.roles.stream().filter((r) -> !r.partial()).toList();
	}

	/**
	 * This catalog, once its invariants are checked.
	 * @return this catalog
	 * @throws IllegalStateException naming the rule, when the data break it
	 */
	public Catalog checked() {
		List<String> full = fullRoles().stream().map(Role::slug).toList();
		if (full.size() != FULL_ROLES) {
			throw new IllegalStateException("Invariant 'exactly " + FULL_ROLES + " full roles' broken: the quiz, the "
					+ "skills check, the plan and the home page compare exactly " + FULL_ROLES
					+ " fully documented roles (career_role.partial_data = false), and the data have " + full.size()
					+ " " + full + ". Mark the others partial, or see docs/data.md, 'How to add a role'.");
		}
		return this;
	}

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

	/**
	 * How people get into a role, for a reader: the routes the articles give for the
	 * reader's country first (France for a French reader), then the others in their
	 * order.
	 * @param roleSlug the role
	 * @param locale the reader's language
	 * @return its education facts
	 */
	public List<RoleFact> wayInOf(String roleSlug, Locale locale) {
		return ReaderCountry.first(factsOf(roleSlug, FactKind.EDUCATION), RoleFact::country, locale);
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

	/**
	 * The largest premium a survey reports for a role on one of its skills: the premium's
	 * skill is the skill, or is named in it as a whole word ("C++" in "C and C++"). Never
	 * a looser match: a premium is a figure for the skill the survey names.
	 * @param roleSlug the role
	 * @param skill one of the role's skills
	 * @return the premium, or null
	 */
	public @Nullable PayPremium premiumFor(String roleSlug, Skill skill) {
		String name = skill.name().in(Locale.ENGLISH).toLowerCase(Locale.ROOT);
		return premiumsOf(roleSlug).stream()
			.filter((premium) -> names(name, premium))
			.max(Comparator.comparingInt(PayPremium::percent))
			.orElse(null);
	}

	/**
	 * The premiums a survey reports for a role on skills that are not on the role's list.
	 * @param roleSlug the role
	 * @return the premiums, in display order
	 */
	public List<PayPremium> premiumsOffList(String roleSlug) {
		List<String> names = skillsOf(roleSlug).stream()
			.map((s) -> s.name().in(Locale.ENGLISH).toLowerCase(Locale.ROOT))
			.toList();
		return premiumsOf(roleSlug).stream()
			.filter((premium) -> names.stream().noneMatch((name) -> names(name, premium)))
			.toList();
	}

	/**
	 * Whether a skill's name contains the premium's skill as a whole word: no letter or
	 * digit before it, and none (nor a "+", so that "C" is not "C++") after it. A plain
	 * scan: pages call this for every skill of a role.
	 */
	static boolean names(String skillName, PayPremium premium) {
		String skill = premium.skill().in(Locale.ENGLISH).toLowerCase(Locale.ROOT);
		for (int at = skillName.indexOf(skill); at >= 0; at = skillName.indexOf(skill, at + 1)) {
			int end = at + skill.length();
			if ((at == 0 || !wordChar(skillName.charAt(at - 1))) && (end == skillName.length()
					|| !(wordChar(skillName.charAt(end)) || skillName.charAt(end) == '+'))) {
				return true;
			}
		}
		return false;
	}

	private static boolean wordChar(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
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
	 * Whether a pay figure cannot be read as current, and why: its date is more than
	 * {@value #OLD_AFTER_YEARS} years before the review. Its date is the last day of its
	 * survey month where the article gives one, else the last day of its survey year,
	 * else its article's publication date (or the end of its year); a figure with none of
	 * these is marked as undated.
	 * @param figure the figure
	 * @param locale the reader's language, for the month's name
	 * @return the mark, or null when the figure reads as current
	 */
	public @Nullable DateMark dateMark(PayFigure figure, Locale locale) {
		if (figure.year() != null && figure.surveyMonth() != null) {
			YearMonth month = YearMonth.of(figure.year(), figure.surveyMonth());
			return oldIf(month.atEndOfMonth(),
					DateMark.old(month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale))));
		}
		return dateMark(figure.year(), figure.sourceId());
	}

	/**
	 * Whether an outlook fact cannot be read as current, by the same rule as pay: its
	 * report's year where the article names one, else its article's date. A forecast
	 * whose horizon has passed says so instead ({@link OutlookFact#horizonPassed}).
	 * @param fact the fact
	 * @return the mark, or null when it reads as current or its horizon has passed
	 */
	public @Nullable DateMark dateMark(OutlookFact fact) {
		return fact.horizonPassed(this.reviewedOn) ? null : dateMark(fact.reportedYear(), fact.sourceId());
	}

	private @Nullable DateMark dateMark(@Nullable Integer year, String sourceId) {
		if (year != null) {
			return oldIf(LocalDate.of(year, 12, 31), DateMark.old(year.toString()));
		}
		Source source = source(sourceId);
		LocalDate date = (source.publishedOn() != null) ? source.publishedOn()
				: (source.year() != null) ? LocalDate.of(source.year(), 12, 31) : null;
		return (date != null) ? oldIf(date, DateMark.oldArticle(String.valueOf(date.getYear()))) : DateMark.undated();
	}

	private @Nullable DateMark oldIf(LocalDate date, DateMark mark) {
		return date.isBefore(this.reviewedOn.minusYears(OLD_AFTER_YEARS)) ? mark : null;
	}

}
