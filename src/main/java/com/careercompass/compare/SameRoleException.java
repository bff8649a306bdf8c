package com.careercompass.compare;

/** Both sides of a comparison name the same role; the user is offered the others. */
public class SameRoleException extends RuntimeException {

	private final String slug;

	SameRoleException(String slug) {
		super("Cannot compare a role with itself");
		this.slug = slug;
	}

	String slug() {
		return this.slug;
	}

}
