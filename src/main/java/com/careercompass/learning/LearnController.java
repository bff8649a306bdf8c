package com.careercompass.learning;

import java.util.Locale;

import com.careercompass.role.BackLink;
import com.careercompass.system.web.CachedPage;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of one skill: where every "learn" link of a route leads. */
@Controller
class LearnController {

	private final LearningService learning;

	LearnController(LearningService learning) {
		this.learning = learning;
	}

	@CachedPage
	@GetMapping("/learn/{code}")
	String skill(@PathVariable String code, @RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable String back, Model model, Locale locale) {
		BackLink way = BackLink.of(back).orElse(null);
		LearnPage page = this.learning.page(code, role, (way != null) ? way.path() : null, locale);
		model.addAttribute("learn", page);
		// What the page is about, for its description (fragments/layout.html).
		model.addAttribute("metaA", page.name());
		model.addAttribute("back", way);
		model.addAttribute("checked",
				com.careercompass.career.LongDate.format(this.learning.data().startsChecked(), locale));
		model.addAttribute("canonical", "/learn/" + code);
		return "learn/skill";
	}

}
