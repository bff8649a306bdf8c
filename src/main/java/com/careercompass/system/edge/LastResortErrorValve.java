package com.careercompass.system.edge;

import com.careercompass.system.error.ErrorPage;
import com.careercompass.system.error.ProblemTexts;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.careercompass.system.language.RequestLanguage;
import com.careercompass.system.security.SecurityHeaders;
import com.careercompass.system.web.ApiPaths;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.WebUtils;

/**
 * The page Tomcat shows for a request it cannot hand to the portal at all (an invalid
 * percent-encoding, an encoded null in the path): the portal's own error template
 * ({@code error/page.html}) in the reader's language, with every security header, instead
 * of Tomcat's report. Errors inside the portal never come here; they get the same page
 * from the error controller ({@link ErrorPage}).
 */
public class LastResortErrorValve extends ErrorReportValve {

	private final Supplier<ITemplateEngine> templates;

	private final Supplier<ServletContext> servletContext;

	private final Supplier<ProblemTexts> texts;

	public LastResortErrorValve(Supplier<ITemplateEngine> templates, Supplier<ServletContext> servletContext,
			Supplier<ProblemTexts> texts) {
		this.templates = templates;
		this.texts = texts;
		this.servletContext = servletContext;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String uri = request.getRequestURI();
		try {
			SecurityHeaders.apply(request.isSecure(), uri, response);
			boolean api = uri != null && uri.startsWith(ApiPaths.PREFIX);
			String body = api ? problem(request, status) : page(request, response, status);
			response.setContentType(api ? "application/problem+json" : "text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
			}
		}
		catch (IOException | RuntimeException ex) {
			// The client went away, the response was already committed, or the page
			// could not be rendered: the status alone is the answer.
		}
	}

	private String page(Request request, Response response, int status) {
		// Never Tomcat's Accept-Language parser (it throws past ten ranges), nor its
		// parameter parser (this request's address could not even be decoded).
		Cookie cookie = WebUtils.getCookie(request.getRequest(), RequestLanguage.COOKIE);
		Locale locale = RequestLanguage
			.choose(null, (cookie != null) ? cookie.getValue() : null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
			.locale();
		String kind = ErrorPage.kind(status);
		ServletContext servlets = this.servletContext.get();
		// Tomcat could not map the request to the portal, so it has no context of its
		// own: it is given the portal's, for the template's links.
		HttpServletRequest mapped = new HttpServletRequestWrapper(request.getRequest()) {
			@Override
			public ServletContext getServletContext() {
				return servlets;
			}
		};
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(servlets).buildExchange(mapped, response.getResponse()),
				locale, Map.of("status", status, "kind", kind));
		return this.templates.get().process(ErrorPage.TEMPLATE, context);
	}

	private String problem(Request request, int status) {
		// Never Tomcat's parameter parser: the address could not even be decoded.
		Locale locale = RequestLanguage.choose(null, null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).locale();
		return this.texts.get().json(locale, status, ProblemTexts.statusKey(status));
	}

}
