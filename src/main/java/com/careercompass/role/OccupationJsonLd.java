package com.careercompass.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.careercompass.career.Catalog;
import com.careercompass.career.FactKind;
import com.careercompass.career.PayFigure;
import com.careercompass.career.Role;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Statistic;
import com.careercompass.system.format.Formats;
import tools.jackson.databind.json.JsonMapper;

/**
 * A role profile as schema.org {@code Occupation} JSON-LD, for search engines and other
 * machines. Pay goes in {@code estimatedSalary} only where the statistic fits a property:
 * a median as a {@code MonetaryAmountDistribution}'s {@code median}, a range as a
 * {@code MonetaryAmount}'s {@code minValue} and {@code maxValue}; means and figures of
 * unstated kind have no schema.org property and are left out rather than mislabelled. A
 * figure the pages mark as old or undated is left out too: a search engine would show it
 * as today's pay. Each amount kept names its survey and year.
 */
final class OccupationJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OccupationJsonLd() {
	}

	/**
	 * The JSON-LD of a role, safe to put inside a {@code <script>} element.
	 * @param catalog the facts
	 * @param role the role
	 * @param url the profile's canonical address in the page's language
	 * @param locale the page's language
	 * @return the JSON text
	 */
	static String of(Catalog catalog, Role role, String url, Locale locale) {
		String slug = role.slug();
		Map<String, Object> occupation = new LinkedHashMap<>();
		occupation.put("@context", "https://schema.org");
		occupation.put("@type", "Occupation");
		occupation.put("name", role.name().in(locale));
		occupation.put("url", url);
		List<RoleFact> summary = catalog.factsOf(slug, FactKind.SUMMARY);
		occupation.put("description", summary.isEmpty() ? role.name().in(locale) : summary.get(0).text().in(locale));
		putTexts(occupation, "responsibilities", catalog.factsOf(slug, FactKind.RESPONSIBILITY), locale);
		putTexts(occupation, "educationRequirements", catalog.wayInOf(slug, locale), locale);
		List<String> skills = catalog.skillsOf(slug).stream().map((s) -> s.name().in(locale)).toList();
		if (!skills.isEmpty()) {
			occupation.put("skills", skills);
		}
		List<PayFigure> pay = catalog.payOf(slug);
		List<Map<String, Object>> salaries = salaries(
				pay.stream().filter((f) -> catalog.dateMark(f, locale) == null).toList(), locale);
		if (!salaries.isEmpty()) {
			occupation.put("estimatedSalary", salaries);
		}
		List<Map<String, Object>> places = pay.stream()
			.map(PayFigure::country)
			.distinct()
			.map((c) -> place(c, locale))
			.toList();
		if (!places.isEmpty()) {
			occupation.put("occupationLocation", places);
		}
		// "</" would end the script element: escape every "<".
		return JSON.writeValueAsString(occupation).replace("<", "\\u003c");
	}

	private static Map<String, Object> place(String country, Locale locale) {
		// In a fixed order, so that every instance writes the same bytes (Map.of does
		// not).
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@type", "Country");
		place.put("name", Formats.country(country, locale));
		place.put("identifier", country);
		return place;
	}

	private static void putTexts(Map<String, Object> occupation, String name, List<RoleFact> facts, Locale locale) {
		if (!facts.isEmpty()) {
			occupation.put(name, facts.stream().map((f) -> f.text().in(locale)).toList());
		}
	}

	private static List<Map<String, Object>> salaries(List<PayFigure> pay, Locale locale) {
		List<Map<String, Object>> salaries = new ArrayList<>();
		for (PayFigure f : pay) {
			if (f.statistic() == Statistic.MEDIAN) {
				Map<String, Object> median = amount("MonetaryAmountDistribution", f, locale);
				median.put("median", f.amount());
				salaries.add(median);
			}
		}
		Map<String, List<PayFigure>> ranges = pay.stream()
			.filter((f) -> f.statistic().isRangeEnd())
			.collect(
					Collectors.groupingBy(
							(f) -> String.join("|", f.country(), Objects.toString(f.region()),
									Objects.toString(f.employer()), f.currency().getCurrencyCode(),
									Objects.toString(f.year()), (f.survey() != null) ? f.survey().en() : ""),
							LinkedHashMap::new, Collectors.toList()));
		for (List<PayFigure> ends : ranges.values()) {
			PayFigure low = ends.stream().filter((f) -> f.statistic() == Statistic.RANGE_LOW).findFirst().orElse(null);
			PayFigure high = ends.stream()
				.filter((f) -> f.statistic() == Statistic.RANGE_HIGH)
				.findFirst()
				.orElse(null);
			if (low != null && high != null) {
				Map<String, Object> range = amount("MonetaryAmount", low, locale);
				range.put("minValue", low.amount());
				range.put("maxValue", high.amount());
				salaries.add(range);
			}
		}
		return salaries;
	}

	private static Map<String, Object> amount(String type, PayFigure f, Locale locale) {
		Map<String, Object> amount = new LinkedHashMap<>();
		amount.put("@type", type);
		amount.put("name", PayChart.label(f, locale) + ", " + Formats.country(f.country(), locale));
		amount.put("currency", f.currency().getCurrencyCode());
		if (type.equals("MonetaryAmountDistribution")) {
			amount.put("duration", "P1Y");
		}
		else {
			amount.put("unitText", "YEAR");
		}
		return amount;
	}

}
