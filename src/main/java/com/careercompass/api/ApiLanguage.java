package com.careercompass.api;

import java.util.Locale;

import com.careercompass.system.language.Languages;
import com.careercompass.system.language.RequestLanguage;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * The API's language: {@code ?lang=} if given (anything but {@code en} or {@code fr} is a
 * 400), else the browser's {@code Accept-Language}, else English
 * ({@code RequestLanguage}). No cookie is read or set.
 */
final class ApiLanguage {

	private ApiLanguage() {
	}

	static Locale of(@Nullable String lang, HttpServletRequest request) {
		if (lang != null) {
			return Languages.parse(lang).orElseThrow(() -> new InvalidParameterException("problem.lang"));
		}
		return RequestLanguage.localeOf(request);
	}

}
