package com.careercompass.compare;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the address of the comparison people ask for most, from the one pair
 * {@link ComparisonService} holds, so that no template spells it out.
 */
@ControllerAdvice
class DefaultComparisonAdvice {

	@ModelAttribute("defaultComparison")
	String defaultComparison() {
		return CompareUrls.pair(ComparisonService.DEFAULT_A, ComparisonService.DEFAULT_B);
	}

}
