package com.careercompass.compare;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.careercompass.career.PayFigure;

/**
 * The pay figures two roles have in one country and currency. Only figures in the same
 * currency are ever set on one scale; nothing is converted.
 *
 * @param country ISO country code
 * @param currency the currency
 * @param a the first role's figures
 * @param b the second role's figures
 */
public record PayPlace(String country, Currency currency, List<PayFigure> a, List<PayFigure> b) {

	/** Whether both roles have figures here, so they can share a scale. */
	public boolean both() {
		return !this.a.isEmpty() && !this.b.isEmpty();
	}

	/**
	 * Places both roles have figures in first, then the rest, each in the order figures
	 * first appear.
	 */
	static List<PayPlace> of(List<PayFigure> a, List<PayFigure> b) {
		Function<PayFigure, String> key = (f) -> f.country() + "/" + f.currency().getCurrencyCode();
		Map<String, List<PayFigure>> byA = a.stream()
			.collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
		Map<String, List<PayFigure>> byB = b.stream()
			.collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
		List<PayPlace> places = new ArrayList<>();
		Stream.concat(byA.keySet().stream(), byB.keySet().stream()).distinct().forEach((k) -> {
			List<PayFigure> ofA = byA.getOrDefault(k, List.of());
			List<PayFigure> ofB = byB.getOrDefault(k, List.of());
			PayFigure any = ofA.isEmpty() ? ofB.get(0) : ofA.get(0);
			places.add(new PayPlace(any.country(), any.currency(), ofA, ofB));
		});
		places.sort((x, y) -> Boolean.compare(y.both(), x.both()));
		return places;
	}

}
