package com.careercompass.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.careercompass.career.Contrast;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;

import org.jspecify.annotations.Nullable;

/**
 * "Choose this role if…": for each side, up to {@link #MAX} points taken from the data
 * alone, in this order: the contrasts the articles draw between the two roles (their side
 * of each, at most three, leaving out those the page shows at a glance: core strengths
 * and typical languages), the role's responsibilities until there are four points, then
 * the skills the articles name for it and not for the other (when they name any for the
 * other). A role the articles say little about gets no invented points: the page says
 * what the sources do not cover.
 *
 * @param a the points for the first role
 * @param b the points for the second role
 */
public record Decision(List<Point> a, List<Point> b) {

	static final int MAX = 5;

	static final int CONTRASTS = 3;

	static final int BEFORE_SKILLS = 4;

	static final int SKILLS_NAMED = 3;

	/** Contrasts shown at a glance, beside the decision: not repeated in it. */
	static final Set<String> AT_A_GLANCE = Set.of(Contrast.STRENGTHS, Contrast.LANGUAGES);

	static Decision of(Comparison c) {
		return new Decision(points(c, true), points(c, false));
	}

	private static List<Point> points(Comparison c, boolean first) {
		String slug = first ? c.a().slug() : c.b().slug();
		List<Point> points = new ArrayList<>();
		for (Contrast contrast : c.contrasts()) {
			if (points.size() == CONTRASTS) {
				break;
			}
			if (AT_A_GLANCE.contains(contrast.code())) {
				continue;
			}
			points.add(new Point(Point.Kind.CONTRAST, contrast.choiceOf(slug), contrast.code(), contrast.aspect(),
					contrast.sideOf(slug), List.of(), contrast.sourceIds()));
		}
		for (RoleFact fact : first ? c.responsibilities().a() : c.responsibilities().b()) {
			if (points.size() >= BEFORE_SKILLS) {
				break;
			}
			points.add(new Point(Point.Kind.RESPONSIBILITY, fact.choice(), null, null, fact.text(), List.of(),
					fact.sourceIds()));
		}
		List<Skill> only = first ? c.skills().onlyA() : c.skills().onlyB();
		// "Not named for the other" says nothing when the sources name no skill for it.
		boolean otherListed = !c.skills().shared().isEmpty()
				|| !(first ? c.skills().onlyB() : c.skills().onlyA()).isEmpty();
		if (!only.isEmpty() && otherListed && points.size() < MAX) {
			List<Skill> named = only.subList(0, Math.min(SKILLS_NAMED, only.size()));
			Set<String> sources = new LinkedHashSet<>();
			named.forEach((skill) -> sources.addAll(skill.sourceIds()));
			points.add(new Point(Point.Kind.SKILLS, null, null, null, null, named.stream().map(Skill::name).toList(),
					List.copyOf(sources)));
		}
		return List.copyOf(points);
	}

	/**
	 * One reason to choose a role: what it means for the reader, and the fact it rests
	 * on.
	 *
	 * @param kind where it comes from
	 * @param reason our own words completing "choose it if you…"; null where the data has
	 * none (a responsibility without one, a skills point), and the page then uses its own
	 * words for the kind of point
	 * @param contrast the contrast's code ({@link Contrast#code()}), for a contrast: the
	 * page words each kind of contrast as a sentence of its own
	 * @param aspect the contrast's aspect, for a contrast
	 * @param text the role's side of the contrast, or the responsibility
	 * @param skills the skills only this role needs, for a skills point
	 * @param sourceIds where it comes from
	 */
	public record Point(Kind kind, @Nullable LocalizedText reason, @Nullable String contrast,
			@Nullable LocalizedText aspect, @Nullable LocalizedText text, List<LocalizedText> skills,
			List<String> sourceIds) {

		/** Where a point comes from. */
		public enum Kind {

			CONTRAST, RESPONSIBILITY, SKILLS

		}

	}

}
