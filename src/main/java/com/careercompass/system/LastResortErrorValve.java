package com.careercompass.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The page Tomcat shows for a request it cannot hand to the portal at all (an invalid
 * percent-encoding, an encoded null in the path): a short page in the reader's language,
 * with the portal's stylesheet and a way home, instead of Tomcat's report. Errors inside
 * the portal never come here; they get the portal's own error pages.
 */
class LastResortErrorValve extends ErrorReportValve {

	private final MessageSource messages;

	LastResortErrorValve(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		Locale locale = Languages.parse(request.getLocale().toLanguageTag()).orElse(Languages.DEFAULT);
		String kind = (status >= 500) ? "5xx" : "4xx";
		String uri = request.getRequestURI();
		try {
			SecurityHeaders.apply(request.isSecure(), response);
			if (uri != null && uri.startsWith(ApiPaths.PREFIX)) {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("{\"status\":" + status + ",\"title\":\""
							+ ((status >= 500) ? "Server error" : "Bad Request")
							+ "\",\"detail\":\"The request could not be read: check the address and its encoding.\"}");
				}
				return;
			}
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
						+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
						+ text("error." + kind + ".title", locale) + "</title>"
						+ "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\" class=\"wrap error-page\">"
						+ "<p class=\"eyebrow\">" + text("error.code", locale, status) + "</p><h1>"
						+ text("error." + kind + ".title", locale) + "</h1><p class=\"lead\">"
						+ text("error." + kind + ".text", locale) + "</p><p><a href=\"/\">"
						+ text("error.link.home", locale) + "</a></p></main></body></html>");
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away or the response was already committed: nothing more to
			// say.
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, args, locale), "UTF-8");
	}

}
