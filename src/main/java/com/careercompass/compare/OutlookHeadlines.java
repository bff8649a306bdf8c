package com.careercompass.compare;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.careercompass.career.OutlookFact;

import org.jspecify.annotations.Nullable;

/**
 * Each role's outlook headline ({@link OutlookFact#headline}: its first outlook fact with
 * a figure, a current one before a passed forecast) and, when both have one, how the two
 * figures differ in kind: a figure measured differently, over another period or by
 * another survey is not comparable, and the page must say so next to them.
 *
 * @param a the first role's headline, if any
 * @param b the second role's headline, if any
 * @param differences what sets the two figures apart (empty when comparable or when one
 * is missing)
 */
public record OutlookHeadlines(@Nullable OutlookFact a, @Nullable OutlookFact b, Set<Difference> differences) {

	static OutlookHeadlines of(List<OutlookFact> a, List<OutlookFact> b, java.time.LocalDate reviewedOn) {
		OutlookFact first = OutlookFact.headline(a, reviewedOn).orElse(null);
		OutlookFact second = OutlookFact.headline(b, reviewedOn).orElse(null);
		Set<Difference> differences = EnumSet.noneOf(Difference.class);
		if (first != null && second != null) {
			if (first.unit() != second.unit()) {
				differences.add(Difference.MEASURE);
			}
			if (!Objects.equals(first.period(), second.period())) {
				differences.add(Difference.PERIOD);
			}
			if (!Objects.equals(survey(first), survey(second))) {
				differences.add(Difference.SURVEY);
			}
		}
		return new OutlookHeadlines(first, second, Set.copyOf(differences));
	}

	@Nullable private static String survey(OutlookFact fact) {
		return (fact.survey() != null) ? fact.survey().in(Locale.ENGLISH) : null;
	}

	/** Ways two outlook figures can differ. */
	public enum Difference {

		MEASURE, PERIOD, SURVEY;

		/** The message key of its name. */
		public String messageKey() {
			return "compare.glance.differs." + name().toLowerCase(Locale.ROOT);
		}

	}

}
