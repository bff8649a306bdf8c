package com.careercompass.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.PayPremium;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillKind;

import org.jspecify.annotations.Nullable;

/**
 * The route model (docs/learning.md), a pure function of the data and what the person has
 * and said:
 * <ul>
 * <li>gaps only: nothing they have, nothing in a family they have a member of, nothing
 * their background brings;</li>
 * <li>stages: one programming language (any they have counts; otherwise the language the
 * articles name most for the role, the others as alternatives), then the core, then the
 * specialisms; aptitudes apart;</li>
 * <li>inside a stage: for specialisms, what they said they would enjoy first (it chooses
 * among them); then how many of the role's articles name it, its pay premium, and our
 * order of learning (prerequisites first; members of a family share a place), with
 * enjoyment breaking what is still tied;</li>
 * <li>a family is one step, counted once.</li>
 * </ul>
 */
public final class LearningRoute {

	private LearningRoute() {
	}

	public static Route of(Catalog catalog, LearningData data, List<String> roles, Known known,
			Map<Long, Enjoyment> enjoyed) {
		Set<Long> have = data.withFamilies(known.have());
		List<Skill> languages = catalog.skills()
			.stream()
			.filter((s) -> known.ticked().contains(s.id()))
			.filter((s) -> isLanguage(data, s))
			.toList();
		List<Route.Step> foundation = new ArrayList<>();
		List<Route.Step> steps = new ArrayList<>();
		List<Skill> aptitudes = new ArrayList<>();
		for (List<Skill> ability : abilities(catalog, data, roles)) {
			Skill first = ability.get(0);
			if (first.kind() == SkillKind.GENERAL) {
				if (!have.contains(first.id())) {
					aptitudes.add(first);
				}
				continue;
			}
			SkillRoute place = Objects.requireNonNull(data.route(first.id()), "checked at start");
			if (place.stage() == Stage.FOUNDATION) {
				foundation.add(step(catalog, data, roles, List.of(first), Stage.FOUNDATION, enjoyed));
				continue;
			}
			if (ability.stream().noneMatch((s) -> have.contains(s.id()))) {
				steps.add(step(catalog, data, roles, ability, place.stage(), enjoyed));
			}
		}
		steps.sort(order(data));
		List<Route.Step> route = new ArrayList<>();
		if (!known.language() && languages.isEmpty() && !foundation.isEmpty()) {
			foundation.sort(order(data));
			Route.Step language = foundation.get(0);
			route.add(new Route.Step(language.skill(), Stage.FOUNDATION, null, language.members(),
					foundation.stream().skip(1).map(Route.Step::skill).toList(), language.evidence(),
					language.premium(), null));
		}
		route.addAll(steps);
		return new Route(List.copyOf(roles), known, List.copyOf(languages), List.copyOf(route), List.copyOf(aptitudes));
	}

	/**
	 * The abilities the roles all list, in the catalog's order: a family once (its
	 * members any of the roles lists), any other skill alone.
	 */
	public static List<List<Skill>> abilities(Catalog catalog, LearningData data, List<String> roles) {
		Map<Object, List<Skill>> abilities = new LinkedHashMap<>();
		for (Skill skill : catalog.skills()) {
			if (roles.stream().noneMatch(skill::neededBy)) {
				continue;
			}
			Object key = data.familyOf(skill.id()).map((f) -> (Object) ("family-" + f.id())).orElse(skill.id());
			abilities.computeIfAbsent(key, (k) -> new ArrayList<>()).add(skill);
		}
		return abilities.values()
			.stream()
			.filter((members) -> roles.stream().allMatch((r) -> members.stream().anyMatch((s) -> s.neededBy(r))))
			.map(List::copyOf)
			.toList();
	}

	private static Route.Step step(Catalog catalog, LearningData data, List<String> roles, List<Skill> members,
			Stage stage, Map<Long, Enjoyment> enjoyed) {
		Skill named = members.stream()
			.max(Comparator.comparingInt((Skill s) -> evidence(data, roles, List.of(s)))
				.thenComparing((Skill s) -> -members.indexOf(s)))
			.orElseThrow();
		PayPremium premium = null;
		for (String role : roles) {
			for (Skill member : members) {
				PayPremium p = catalog.premiumFor(role, member);
				if (p != null && (premium == null || p.percent() > premium.percent())) {
					premium = p;
				}
			}
		}
		Enjoyment because = members.stream()
			.map((s) -> enjoyed.get(s.id()))
			.filter(Objects::nonNull)
			.max(Comparator.comparingInt(Enjoyment::agreement))
			.orElse(null);
		return new Route.Step(named, stage, data.familyOf(named.id()).orElse(null), members, List.of(),
				evidence(data, roles, members), premium, because);
	}

	/**
	 * How many articles name any of the members for one of the roles
	 * ({@link LearningData#sourcesFor}), each counted once.
	 */
	private static int evidence(LearningData data, List<String> roles, List<Skill> members) {
		return sources(data, roles, members).size();
	}

	/**
	 * The articles that name any of the members for one of the roles, in order, once
	 * each.
	 */
	static List<String> sources(LearningData data, List<String> roles, List<Skill> members) {
		Set<String> named = new java.util.LinkedHashSet<>();
		for (String role : roles) {
			members.stream().filter((s) -> s.neededBy(role)).forEach((s) -> named.addAll(data.sourcesFor(s, role)));
		}
		return List.copyOf(named);
	}

	private static Comparator<Route.Step> order(LearningData data) {
		return Comparator.comparing(Route.Step::stage)
			.thenComparing((Route.Step s) -> (s.stage() == Stage.SPECIALISM) ? -agreement(s) : 0)
			.thenComparing((Route.Step s) -> -s.evidence())
			.thenComparing((Route.Step s) -> (s.premium() != null) ? -s.premium().percent() : 0)
			.thenComparingInt((Route.Step s) -> learnOrder(data, s))
			.thenComparing((Route.Step s) -> -agreement(s))
			.thenComparingLong((Route.Step s) -> s.skill().id());
	}

	private static boolean isLanguage(LearningData data, Skill skill) {
		SkillRoute place = data.route(skill.id());
		return place != null && place.stage() == Stage.FOUNDATION;
	}

	private static int agreement(Route.Step step) {
		@Nullable Enjoyment e = step.enjoyed();
		return (e != null) ? e.agreement() : 0;
	}

	private static int learnOrder(LearningData data, Route.Step step) {
		return step.members()
			.stream()
			.map((s) -> data.route(s.id()))
			.filter(Objects::nonNull)
			.mapToInt(SkillRoute::order)
			.min()
			.orElse(Integer.MAX_VALUE);
	}

}
