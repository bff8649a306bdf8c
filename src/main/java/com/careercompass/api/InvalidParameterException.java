package com.careercompass.api;

/**
 * A parameter of the API that cannot be read: a 400 whose detail is the message
 * {@code key} with the given arguments, in the request's language (our words, never the
 * value sent).
 */
class InvalidParameterException extends RuntimeException {

	private final String key;

	private final Object[] arguments;

	InvalidParameterException(String key, Object... arguments) {
		super(key, null, false, false);
		this.key = key;
		this.arguments = arguments.clone();
	}

	String key() {
		return this.key;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
