package com.careercompass.career;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No role has the requested slug; shown to the user as the localized 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RoleNotFoundException extends RuntimeException {

	public RoleNotFoundException(String slug) {
		super("No role with slug " + slug.substring(0, Math.min(slug.length(), 80)));
	}

}
