package com.careercompass.system.error;

import java.net.URI;
import java.util.Locale;

import com.careercompass.system.language.RequestLanguage;
import com.careercompass.system.web.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The API's errors in the request's language: a title per status and a detail per kind of
 * error, from the messages ({@code problem.*}), never from an exception or from anything
 * the client sent (its path, a parameter's value). The {@code instance} is the endpoint
 * that answered as the API documents it ({@code /api/v1/roles/{slug}}), or the API's base
 * address: never the address the client wrote (Spring would fill it in with that).
 */
@Component
public class ProblemTexts {

	private final MessageSource messages;

	public ProblemTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** A problem with the detail of the message {@code key} and the status's title. */
	public ProblemDetail of(HttpServletRequest request, HttpStatusCode status, String key, Object... arguments) {
		ProblemDetail problem = of(RequestLanguage.localeOf(request), status, key, arguments);
		problem.setInstance(instance(request));
		return problem;
	}

	/**
	 * The endpoint's documented pattern, its braces escaped, or the API's base address.
	 */
	static URI instance(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String endpoint = (pattern instanceof String matched && matched.startsWith(ApiPaths.V1 + "/")
				&& matched.chars()
					.allMatch((c) -> c < 0x80 && (Character.isLetterOrDigit(c) || "/-{}".indexOf(c) >= 0))) ? matched
							: ApiPaths.V1;
		return URI.create(endpoint.replace("{", "%7B").replace("}", "%7D"));
	}

	/** The same, in a given language. */
	public ProblemDetail of(Locale locale, HttpStatusCode status, String key, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title(locale, status.value()));
		problem.setDetail(text(locale, key, arguments));
		return problem;
	}

	/** The text of the message {@code key}. */
	public String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * The detail that fits a status when nothing more precise is known (Spring's own
	 * errors: an unknown address, a wrong method or media type).
	 */
	public static String statusKey(int status) {
		return switch (status) {
			case 400, 404, 405, 406, 408, 413, 415, 429, 503 -> "problem.status." + status;
			default -> (status >= 500) ? "problem.status.5xx" : "problem.status.400";
		};
	}

	/** The problem as JSON, for answers written without a converter. */
	public String json(Locale locale, int status, String key) {
		return "{\"type\":\"about:blank\",\"title\":\"" + escape(title(locale, status)) + "\",\"status\":" + status
				+ ",\"detail\":\"" + escape(text(locale, key)) + "\"}";
	}

	private String title(Locale locale, int status) {
		String fallback = this.messages.getMessage("problem.title." + ((status >= 500) ? "5xx" : "4xx"), null, locale);
		String title = this.messages.getMessage("problem.title." + status, null, null, locale);
		return (title != null) ? title : fallback;
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
