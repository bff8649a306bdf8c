package com.careercompass.learning;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No skill has the requested code; shown to the user as the localized 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SkillNotFoundException extends RuntimeException {

	SkillNotFoundException(String code) {
		super("No skill with code " + code.substring(0, Math.min(code.length(), 20)));
	}

}
