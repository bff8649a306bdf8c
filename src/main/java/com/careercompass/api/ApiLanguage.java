package com.careercompass.api;

import java.util.Locale;

import com.careercompass.system.language.Languages;

import org.jspecify.annotations.Nullable;

/**
 * The API's language: {@code ?lang=} if given (anything but {@code en} or {@code fr} is a
 * 400), else the browser's {@code Accept-Language}, else English
 * ({@code RequestLanguage}). No cookie is read or set.
 */
final class ApiLanguage {

	private ApiLanguage() {
	}

	/**
	 * The answer's language.
	 * @param lang the {@code lang} parameter, if any
	 * @param chosen the request's language ({@code RequestLanguage}), used without one
	 * @throws InvalidParameterException for a {@code lang} that is not a language we
	 * write
	 */
	static Locale of(@Nullable String lang, Locale chosen) {
		if (lang != null) {
			return Languages.parse(lang).orElseThrow(() -> new InvalidParameterException("problem.lang"));
		}
		return chosen;
	}

}
