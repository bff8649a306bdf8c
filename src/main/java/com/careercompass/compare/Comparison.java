package com.careercompass.compare;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.careercompass.career.Catalog;
import com.careercompass.career.Contrast;
import com.careercompass.career.FactKind;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.PayPremium;
import com.careercompass.career.Role;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;

/**
 * Two roles side by side, from the facts alone: no figure is converted, averaged or
 * invented.
 *
 * @param a the first role
 * @param b the second role
 * @param contrasts the points on which the articles set these two roles against each
 * other
 * @param skills skills both need, and skills only one needs
 * @param pay pay figures by country and currency
 * @param premiums skills linked to higher pay, for each role
 * @param outlook outlook facts, for each role
 * @param summary what each role is
 * @param responsibilities what each role does
 * @param education education and ways in, for each role
 * @param sourceIds every source behind the comparison, in catalog order
 */
public record Comparison(Role a, Role b, List<Contrast> contrasts, SkillSplit skills, List<PayPlace> pay,
		Pair<List<PayPremium>> premiums, Pair<List<OutlookFact>> outlook, Pair<List<RoleFact>> summary,
		Pair<List<RoleFact>> responsibilities, Pair<List<RoleFact>> education, List<String> sourceIds) {

	/** Compares two different roles of the catalog. */
	static Comparison of(Catalog catalog, Role a, Role b) {
		if (a.slug().equals(b.slug())) {
			throw new SameRoleException(a.slug());
		}
		String x = a.slug();
		String y = b.slug();
		List<Contrast> contrasts = catalog.contrasts()
			.stream()
			.filter((c) -> c.sideOf(x) != null && c.sideOf(y) != null)
			.toList();
		SkillSplit skills = SkillSplit.of(catalog.skills(), x, y);
		List<PayPlace> pay = PayPlace.of(catalog.payOf(x), catalog.payOf(y));
		Pair<List<PayPremium>> premiums = new Pair<>(catalog.premiumsOf(x), catalog.premiumsOf(y));
		Pair<List<OutlookFact>> outlook = new Pair<>(catalog.outlookOf(x), catalog.outlookOf(y));
		Pair<List<RoleFact>> summary = facts(catalog, x, y, FactKind.SUMMARY);
		Pair<List<RoleFact>> responsibilities = facts(catalog, x, y, FactKind.RESPONSIBILITY);
		Pair<List<RoleFact>> education = facts(catalog, x, y, FactKind.EDUCATION);
		Set<String> cited = new TreeSet<>();
		contrasts.forEach((c) -> cited.addAll(c.sourceIds()));
		Stream.of(skills.shared(), skills.onlyA(), skills.onlyB())
			.flatMap(List::stream)
			.forEach((s) -> cited.addAll(s.sourceIds()));
		pay.forEach((p) -> Stream.of(p.a(), p.b()).flatMap(List::stream).forEach((f) -> cited.add(f.sourceId())));
		both(premiums).forEach((p) -> cited.add(p.sourceId()));
		both(outlook).forEach((o) -> cited.add(o.sourceId()));
		Stream.of(summary, responsibilities, education)
			.flatMap(Comparison::both)
			.forEach((f) -> cited.addAll(f.sourceIds()));
		List<String> sourceIds = catalog.sources().stream().map((s) -> s.id()).filter(cited::contains).toList();
		return new Comparison(a, b, contrasts, skills, pay, premiums, outlook, summary, responsibilities, education,
				sourceIds);
	}

	private static <E> Stream<E> both(Pair<List<E>> pair) {
		return Stream.concat(pair.a().stream(), pair.b().stream());
	}

	private static Pair<List<RoleFact>> facts(Catalog catalog, String a, String b, FactKind kind) {
		return new Pair<>(catalog.factsOf(a, kind), catalog.factsOf(b, kind));
	}

	/**
	 * One thing for each side.
	 *
	 * @param <T> what it is
	 * @param a the first role's
	 * @param b the second role's
	 */
	public record Pair<T>(T a, T b) {

	}

	/**
	 * Skills split three ways.
	 *
	 * @param shared skills both roles need
	 * @param onlyA skills only the first role needs
	 * @param onlyB skills only the second role needs
	 */
	public record SkillSplit(List<Skill> shared, List<Skill> onlyA, List<Skill> onlyB) {

		static SkillSplit of(List<Skill> skills, String a, String b) {
			return new SkillSplit(skills.stream().filter((s) -> s.neededBy(a) && s.neededBy(b)).toList(),
					skills.stream().filter((s) -> s.neededBy(a) && !s.neededBy(b)).toList(),
					skills.stream().filter((s) -> !s.neededBy(a) && s.neededBy(b)).toList());
		}

	}

}
