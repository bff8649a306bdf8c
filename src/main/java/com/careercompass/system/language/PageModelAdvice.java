package com.careercompass.system.language;

import com.careercompass.system.web.BaseUrl;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds what the layout needs to every page, error pages included. */
@ControllerAdvice
class PageModelAdvice {

	private final BaseUrl baseUrl;

	PageModelAdvice(BaseUrl baseUrl) {
		this.baseUrl = baseUrl;
	}

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request, Locale locale) {
		return LanguageLinks.of(request, locale, this.baseUrl.get());
	}

}
