package com.careercompass.jobad;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.LongDate;
import com.careercompass.career.Role;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;
import com.careercompass.learning.Known;
import com.careercompass.learning.LearningData;
import com.careercompass.learning.LearningRoute;
import com.careercompass.learning.Route;
import com.careercompass.learning.RouteView;
import com.careercompass.skills.Ticks;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

/**
 * A job-ad result as the page shows it.
 *
 * @param verdict which job the ad describes, and why
 * @param skills the listed skills it asks for
 * @param duties the responsibilities it describes
 * @param unlisted what it names that our lists do not have
 * @param fit the reader and this ad
 * @param sharePath the result's address
 * @param lexiconCheckedOn when our mappings were last checked
 */
public record JobAdView(VerdictView verdict, List<Found> skills, List<Found> duties, List<Found> unlisted, Fit fit,
		String sharePath, String lexiconCheckedOn) {

	/**
	 * A role by its names.
	 *
	 * @param slug its address
	 * @param shortName its short name
	 * @param ofShortName its short name as the complement of a noun ("d’ingénieur ML")
	 */
	public record RoleName(String slug, String shortName, String ofShortName) {

		static RoleName of(Role role, Locale locale) {
			String shortName = role.shortName().in(locale);
			return new RoleName(role.slug(), shortName, Formats.ofName(shortName, locale));
		}

	}

	/**
	 * Which job, in words.
	 *
	 * @param call ROLE, BOTH or UNCLEAR
	 * @param role the role, for ROLE
	 * @param strength CLEAR, MODERATE or SLIGHT, for ROLE
	 * @param sides each full role's evidence
	 * @param titled the role the title names, or null
	 * @param misleading whether the title names the other role
	 */
	public record VerdictView(String call, @Nullable RoleName role, String strength, List<SideView> sides,
			@Nullable RoleName titled, boolean misleading) {

		/** The first side's role, for sentences about both. */
		public RoleName a() {
			return this.sides.get(0).role();
		}

		/** The second side's role. */
		public RoleName b() {
			return this.sides.get(this.sides.size() - 1).role();
		}

	}

	/**
	 * One role's evidence.
	 *
	 * @param role the role
	 * @param items how many of its own items the ad names
	 * @param total how many it has
	 * @param percent the share
	 * @param named what the ad names of them: skills, then duties
	 */
	public record SideView(RoleName role, int items, int total, int percent, List<String> named) {
	}

	/**
	 * One thing found.
	 *
	 * @param name our name for it (a skill, a duty, or the words for an unlisted tool)
	 * @param words the words that matched
	 * @param why why they map there (ours)
	 * @param roles the roles it belongs to, by short name
	 */
	public record Found(String name, String words, String why, List<String> roles) {
	}

	/**
	 * The reader and this ad.
	 *
	 * @param asked the skills the ad asks for, a family once, each with whether the
	 * reader has it
	 * @param ticked whether the reader has said what they can do
	 * @param have how many of them the reader has
	 * @param route what to learn first for this ad, gaps only
	 * @param otherHave the reader's other ticks, kept when they tick again
	 */
	public record Fit(List<Tick> asked, boolean ticked, int have, @Nullable RouteView route, List<String> otherHave) {

		/**
		 * Every article the route cites, once, in the order of their numbers: the key to
		 * the citation numbers a printed result shows.
		 * @return the citations
		 */
		public List<com.careercompass.career.Citation> sources() {
			java.util.Map<Integer, com.careercompass.career.Citation> byNumber = new java.util.TreeMap<>();
			if (this.route != null) {
				this.route.steps().forEach((s) -> s.citations().forEach((c) -> byNumber.putIfAbsent(c.number(), c)));
			}
			return List.copyOf(byNumber.values());
		}
	}

	/**
	 * A skill to tick.
	 *
	 * @param code its code in addresses
	 * @param name its name
	 * @param had whether the reader has it
	 */
	public record Tick(String code, String name, boolean had) {
	}

	static JobAdView of(Catalog catalog, LearningData data, JobAdService.Result result, java.time.LocalDate checked,
			Locale locale) {
		AdReading reading = result.reading();
		AdVerdict v = reading.verdict();
		VerdictView verdict = new VerdictView(v.call().name(),
				(v.role() != null) ? RoleName.of(v.role(), locale) : null, v.strength().name(),
				v.sides().stream().map((s) -> side(s, locale)).toList(),
				(v.titled() != null) ? RoleName.of(v.titled(), locale) : null, v.misleadingTitle());
		List<Found> skills = bySkill(catalog, reading, locale);
		// A duty the ad words twice ("deploy", "to production") is one duty, with both
		// wordings.
		java.util.Map<RoleFact, Found> byDuty = new java.util.LinkedHashMap<>();
		for (Lexicon.Found f : reading.of(Term.Kind.DUTY)) {
			RoleFact duty = Objects.requireNonNull(f.term().duty());
			byDuty.merge(duty, new Found(duty.text().in(locale), f.words(), f.term().why().in(locale),
					catalog.findRole(duty.roleSlug()).map((r) -> List.of(r.shortName().in(locale))).orElse(List.of())),
					(was, now) -> new Found(was.name(), was.words() + ", " + now.words(), was.why(), was.roles()));
		}
		List<Found> duties = List.copyOf(byDuty.values());
		List<Found> unlisted = reading.of(Term.Kind.UNLISTED)
			.stream()
			.map((f) -> new Found(f.words(), f.words(), f.term().why().in(locale), List.of()))
			.toList();
		String share = AdAddress.resultPath(reading, result.have());
		return new JobAdView(verdict, skills, duties, unlisted, fit(catalog, data, result, share, locale), share,
				LongDate.format(checked, locale));
	}

	/**
	 * The listed skills an ad or a CV names, each once, with every set of words that
	 * named it.
	 */
	static List<Found> bySkill(Catalog catalog, AdReading reading, Locale locale) {
		java.util.Map<Long, Found> bySkill = new java.util.LinkedHashMap<>();
		for (Lexicon.Found f : reading.of(Term.Kind.SKILL)) {
			Skill skill = Objects.requireNonNull(f.term().skill());
			List<String> roles = catalog.fullRoles()
				.stream()
				.filter((r) -> skill.neededBy(r.slug()))
				.map((r) -> r.shortName().in(locale))
				.toList();
			bySkill.merge(skill.id(), new Found(skill.name().in(locale), f.words(), f.term().why().in(locale), roles),
					(was, now) -> new Found(was.name(), was.words() + ", " + now.words(), was.why(), was.roles()));
		}
		return List.copyOf(bySkill.values());
	}

	private static SideView side(AdVerdict.Side side, Locale locale) {
		List<String> named = new ArrayList<>();
		side.skills().forEach((s) -> named.add(s.name().in(locale)));
		side.duties().forEach((d) -> named.add(d.text().in(locale)));
		return new SideView(RoleName.of(side.role(), locale), side.items(), side.skillTotal() + side.dutyTotal(),
				side.percent(), named);
	}

	/**
	 * The skills the ad asks for (a family once), which the reader has, and the route to
	 * the rest: the learning route of the role the ad describes (both roles' for an ad of
	 * both or of neither), keeping only the steps this ad asks for.
	 */
	private static Fit fit(Catalog catalog, LearningData data, JobAdService.Result result, String back, Locale locale) {
		AdReading reading = result.reading();
		Set<Long> adSkills = reading.skillIds();
		Set<Long> asked = data.withFamilies(adSkills);
		Set<Long> have = (result.have() != null) ? data.withFamilies(result.have().have()) : Set.of();
		List<String> roles = (reading.verdict().role() != null) ? List.of(reading.verdict().role().slug())
				: catalog.fullRoles().stream().map(Role::slug).toList();
		List<List<Skill>> abilities = new ArrayList<>();
		Set<Long> seen = new LinkedHashSet<>();
		for (Role role : catalog.fullRoles()) {
			for (List<Skill> ability : LearningRoute.abilities(catalog, data, List.of(role.slug()))) {
				if (ability.stream().anyMatch((s) -> adSkills.contains(s.id()))
						&& ability.stream().noneMatch((s) -> seen.contains(s.id()))) {
					ability.forEach((s) -> seen.add(s.id()));
					abilities.add(ability);
				}
			}
		}
		List<Tick> ticks = abilities.stream().map((a) -> {
			Skill shown = a.stream().filter((s) -> adSkills.contains(s.id())).findFirst().orElse(a.get(0));
			return new Tick(Ticks.code(shown.id()), shown.name().in(locale),
					a.stream().anyMatch((s) -> have.contains(s.id())));
		}).toList();
		int had = (int) ticks.stream().filter(Tick::had).count();
		List<Route.Step> steps = new ArrayList<>();
		Set<Long> stepped = new LinkedHashSet<>();
		Known known = Known.ticked((result.have() != null) ? result.have().have() : Set.of());
		for (String role : roles) {
			Route route = LearningRoute.of(catalog, data, List.of(role), known, java.util.Map.of());
			for (Route.Step step : route.steps()) {
				List<Skill> members = step.members().isEmpty() ? List.of(step.skill()) : step.members();
				if (members.stream().anyMatch((s) -> asked.contains(s.id()))
						&& members.stream().noneMatch((s) -> stepped.contains(s.id()))) {
					members.forEach((s) -> stepped.add(s.id()));
					steps.add(step);
				}
			}
		}
		steps.sort(Comparator.comparing((Route.Step s) -> s.stage()));
		RouteView route = steps.isEmpty() ? null : RouteView.of(catalog, data,
				new Route(roles, known, List.of(), List.copyOf(steps), List.of()), back, locale);
		List<String> other = new ArrayList<>();
		if (result.have() != null) {
			Set<String> shown = new java.util.HashSet<>(ticks.stream().map(Tick::code).toList());
			result.have().have().stream().map(Ticks::code).filter((c) -> !shown.contains(c)).forEach(other::add);
		}
		return new Fit(ticks, result.have() != null, had, route, List.copyOf(other));
	}

}
