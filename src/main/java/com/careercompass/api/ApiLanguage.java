package com.careercompass.api;

import java.util.Collections;
import java.util.Locale;

import com.careercompass.system.Languages;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API's language: {@code ?lang=} if given, else {@code Accept-Language}, else
 * English. No cookie is read or set.
 */
final class ApiLanguage {

	private ApiLanguage() {
	}

	static Locale of(@Nullable String lang, HttpServletRequest request) {
		if (lang != null) {
			return Languages.parse(lang)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"Parameter 'lang' must be 'en' or 'fr'"));
		}
		if (request.getHeader("Accept-Language") != null) {
			for (Locale candidate : Collections.list(request.getLocales())) {
				var supported = Languages.parse(candidate.toLanguageTag());
				if (supported.isPresent()) {
					return supported.get();
				}
			}
		}
		return Languages.DEFAULT;
	}

}
