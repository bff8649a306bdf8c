package com.careercompass.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompass.quiz.Quiz;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A plan's address (docs/plan.md): the quiz's answers after {@value #QUIZ} (its version),
 * the skills check's ticks after {@value #SKILLS} (its version), optionally the role
 * ({@value #ROLE}) and the country ({@value #COUNTRY}). Splits it into each result's own
 * parameters, as its result page reads them, and writes it back in one order.
 *
 * @param quiz the quiz, whose question codes the address may carry
 * @param params the address's parameters (unknown ones already left out)
 */
record PlanAddress(Quiz quiz, Map<String, String[]> params) {

	static final String QUIZ = "quiz";

	static final String SKILLS = "skills";

	static final String ROLE = "role";

	static final String COUNTRY = "country";

	private static final List<String> TICKS = List.of("have", "work");

	/** The parameters a plan's address may carry. */
	static Set<String> names(Quiz quiz) {
		Set<String> names = new HashSet<>(Set.of(QUIZ, SKILLS, ROLE, COUNTRY));
		names.addAll(TICKS);
		quiz.questions().forEach((q) -> names.add(q.code()));
		return names;
	}

	/** Whether it carries nothing a plan reads. */
	boolean empty() {
		return names(this.quiz).stream().noneMatch(this.params::containsKey);
	}

	/** The quiz result's parameters ({@code v} and the answers), or null without any. */
	@Nullable Map<String, String[]> quizResult() {
		return part(QUIZ, this.quiz.questions().stream().map((q) -> q.code()).toList());
	}

	/** The skills check's parameters ({@code v}, have and work), or null without any. */
	@Nullable Map<String, String[]> skillsResult() {
		return part(SKILLS, TICKS);
	}

	private @Nullable Map<String, String[]> part(String version, List<String> names) {
		boolean some = names.stream().anyMatch(this.params::containsKey);
		if (!this.params.containsKey(version)) {
			if (some) {
				throw new InvalidPlanException();
			}
			return null;
		}
		Map<String, String[]> part = new LinkedHashMap<>();
		part.put("v", this.params.get(version));
		names.stream().filter(this.params::containsKey).forEach((name) -> part.put(name, this.params.get(name)));
		return part;
	}

	/** A parameter given at most once, and not empty. */
	@Nullable String single(String name) {
		String[] values = this.params.get(name);
		if (values == null) {
			return null;
		}
		if (values.length != 1 || values[0].isEmpty()) {
			throw new InvalidPlanException();
		}
		return values[0];
	}

	/** The address, with or without its role and country. */
	String path(boolean withChoices) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/plan");
		for (String name : order(withChoices)) {
			if (this.params.containsKey(name)) {
				uri.queryParam(name, (Object[]) this.params.get(name));
			}
		}
		return uri.build().encode().toUriString();
	}

	/** Every parameter but the country, in the address's order, for the country form. */
	List<Plan.Param> allButCountry() {
		List<Plan.Param> kept = new ArrayList<>();
		for (String name : order(true)) {
			if (!name.equals(COUNTRY) && this.params.containsKey(name)) {
				for (String value : this.params.get(name)) {
					kept.add(new Plan.Param(name, value));
				}
			}
		}
		return kept;
	}

	private List<String> order(boolean withChoices) {
		List<String> order = new ArrayList<>(List.of(QUIZ));
		this.quiz.questions().forEach((q) -> order.add(q.code()));
		order.add(SKILLS);
		order.addAll(TICKS);
		if (withChoices) {
			order.addAll(List.of(ROLE, COUNTRY));
		}
		return order;
	}

}
