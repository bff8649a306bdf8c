package com.careercompass.compare;

import java.util.Optional;

import com.careercompass.career.Catalog;
import com.careercompass.career.Role;

/** The shareable address of a pair: {@code /compare/{a}-vs-{b}}. */
final class CompareUrls {

	static final String SEPARATOR = "-vs-";

	private CompareUrls() {
	}

	static String pair(Role a, Role b) {
		return "/compare/" + a.slug() + SEPARATOR + b.slug();
	}

	static String pair(String a, String b) {
		return "/compare/" + a + SEPARATOR + b;
	}

	/**
	 * The role that comes first in the canonical address: the one listed first in the
	 * catalog.
	 */
	static Role canonicalFirst(Catalog catalog, Role a, Role b) {
		return (catalog.roles().indexOf(a) <= catalog.roles().indexOf(b)) ? a : b;
	}

	/**
	 * Splits {@code machine-learning-engineer-vs-data-scientist} into its two slugs.
	 * Slugs may contain hyphens, so the split is the first {@code -vs-} after which both
	 * parts are non-empty.
	 */
	static Optional<String[]> parse(String pair) {
		int at = pair.indexOf(SEPARATOR);
		if (at <= 0 || at + SEPARATOR.length() >= pair.length()) {
			return Optional.empty();
		}
		return Optional.of(new String[] { pair.substring(0, at), pair.substring(at + SEPARATOR.length()) });
	}

}
