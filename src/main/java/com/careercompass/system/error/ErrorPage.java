package com.careercompass.system.error;

/**
 * The portal's one error page: its template and the words each status gets. Rendered by
 * the error controller for what reaches the application, and by the edge's last-resort
 * valve for what Tomcat answers alone.
 */
public final class ErrorPage {

	/** The template, in every language. */
	public static final String TEMPLATE = "error/page";

	private ErrorPage() {
	}

	/**
	 * The message keys' infix: a few statuses have words of their own, the others those
	 * of their class.
	 * @param status an error status
	 * @return {@code 404}, {@code 408}, {@code 413}, {@code 503}, {@code 4xx} or
	 * {@code 5xx}
	 */
	public static String kind(int status) {
		return switch (status) {
			case 404, 408, 413, 503 -> String.valueOf(status);
			default -> (status >= 500) ? "5xx" : "4xx";
		};
	}

}
