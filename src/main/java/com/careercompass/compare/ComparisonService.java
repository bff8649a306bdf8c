package com.careercompass.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.learning.LearningService;
import com.careercompass.career.Role;

import org.springframework.stereotype.Service;

/** Compares any two roles of the catalog. */
@Service
public class ComparisonService {

	/** The pair compared first, and preselected in the picker. */
	public static final String DEFAULT_A = "machine-learning-engineer";

	public static final String DEFAULT_B = "data-scientist";

	private final CatalogService catalogs;

	private final LearningService learning;

	ComparisonService(CatalogService catalogs, LearningService learning) {
		this.catalogs = catalogs;
		this.learning = learning;
	}

	/**
	 * Compares two roles.
	 * @param a the first role's slug
	 * @param b the second role's slug
	 * @return the comparison, with a on the first side
	 * @throws com.careercompass.career.RoleNotFoundException if either slug is unknown
	 */
	public Comparison compare(String a, String b) {
		return compare(this.catalogs.catalog(), a, b);
	}

	/**
	 * Compares two roles, in the reader's language, ready for a page.
	 * @param a the first role's slug
	 * @param b the second role's slug
	 * @param locale the reader's locale
	 * @return the comparison's view
	 */
	public CompareView view(String a, String b, Locale locale) {
		Catalog catalog = this.catalogs.catalog();
		return CompareView.of(catalog, compare(catalog, a, b), this.learning.data()::sourcesFor, locale);
	}

	/**
	 * The canonical address of every pair of roles, each pair once, in the catalog's
	 * order.
	 * @param catalog the facts
	 * @return the addresses, e.g.
	 * {@code /compare/machine-learning-engineer-vs-data-scientist}
	 */
	public static List<String> canonicalAddresses(Catalog catalog) {
		List<String> addresses = new ArrayList<>();
		List<Role> roles = catalog.roles();
		for (int i = 0; i < roles.size(); i++) {
			for (int j = i + 1; j < roles.size(); j++) {
				Role first = CompareUrls.canonicalFirst(catalog, roles.get(i), roles.get(j));
				addresses.add(CompareUrls.pair(first, first.equals(roles.get(i)) ? roles.get(j) : roles.get(i)));
			}
		}
		return addresses;
	}

	/** Compares two roles of the given catalog: a pure function, for tests. */
	public static Comparison compare(Catalog catalog, String a, String b) {
		return Comparison.of(catalog, catalog.role(a), catalog.role(b));
	}

}
