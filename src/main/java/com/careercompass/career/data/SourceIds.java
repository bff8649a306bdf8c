package com.careercompass.career.data;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

final class SourceIds {

	private SourceIds() {
	}

	/**
	 * Source ids in the catalog's source order, so citations always read the same way.
	 */
	static List<String> of(Collection<SourceEntity> sources) {
		return sources.stream()
			.sorted(Comparator.comparingInt((SourceEntity s) -> s.sortOrder))
			.map((s) -> s.id)
			.toList();
	}

}
