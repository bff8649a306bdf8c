package com.careercompass.system.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.careercompass.system.language.RequestLanguage;
import com.careercompass.system.web.ApiPaths;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The answer when the portal is too busy to render a response now: 503 with
 * {@code Retry-After: 1}, the portal's own error page in the reader's language (rendered
 * once per language, then sent from memory, so that refusing costs almost nothing), or
 * problem+json under {@code /api/}. Rendering the page for every refusal would cost as
 * much as the renders it refuses.
 */
@Component
public class BusyPage {

	private final ObjectProvider<ITemplateEngine> templates;

	private final ProblemTexts texts;

	private final Map<Locale, byte[]> pages = new ConcurrentHashMap<>();

	private final Map<Locale, byte[]> problems = new ConcurrentHashMap<>();

	BusyPage(ObjectProvider<ITemplateEngine> templates, ProblemTexts texts) {
		this.templates = templates;
		this.texts = texts;
	}

	/** Answers the request with 503, at once. */
	public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		byte[] body;
		if (request.getRequestURI().startsWith(request.getContextPath() + ApiPaths.PREFIX)) {
			Locale locale = RequestLanguage.localeOf(request);
			body = this.problems.computeIfAbsent(locale,
					(l) -> this.texts.json(l, 503, ProblemTexts.statusKey(503)).getBytes(StandardCharsets.UTF_8));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
		}
		else {
			Locale locale = RequestLanguage.localeOf(request);
			body = this.pages.computeIfAbsent(locale, (l) -> render(request, response, l));
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** The error page as for the home page: nothing of this request's address in it. */
	private byte[] render(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		HttpServletRequest home = new HttpServletRequestWrapper(request) {
			@Override
			public String getRequestURI() {
				return getContextPath() + "/";
			}

			@Override
			public @Nullable String getQueryString() {
				return null;
			}
		};
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(home, response), locale, Map.of("status", 503, "kind", "503"));
		return this.templates.getObject().process(ErrorPage.TEMPLATE, context).getBytes(StandardCharsets.UTF_8);
	}

}
