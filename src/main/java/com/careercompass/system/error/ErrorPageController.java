package com.careercompass.system.error;

import com.careercompass.system.config.PortalProperties;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.ReadsQuery;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the container dispatches, whatever raised it (a controller, Spring
 * Security's firewall, Tomcat): a localized page for people, RFC 9457 problem+json under
 * {@code /api/}. Never a stack trace or an exception message. Asked for directly,
 * {@code /error} has no error to show and is simply not found.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ProblemTexts texts;

	private final String bodyLimit;

	ErrorPageController(ProblemTexts texts, PortalProperties properties) {
		this.texts = texts;
		this.bodyLimit = readable(properties.limits().bodySize());
	}

	/** A size as people write it: {@code 16 KB}, {@code 1 MB}, {@code 900 bytes}. */
	static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + " MB";
		}
		return (bytes >= 1024 && bytes % 1024 == 0) ? size.toKilobytes() + " KB" : bytes + " bytes";
	}

	@ReadsQuery // the failed request's error attributes; no parameter of its own
	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		String uri = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) ? original
				: request.getRequestURI();
		response.setStatus(status.value());
		if (uri.startsWith(request.getContextPath() + ApiPaths.PREFIX)) {
			ProblemDetail problem = (status.value() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE)
					? this.texts.of(request, status, "problem.status.413.limit", this.bodyLimit)
					: this.texts.of(request, status, ProblemTexts.statusKey(status.value()));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		model.addAttribute("status", status.value());
		model.addAttribute("kind", ErrorPage.kind(status.value()));
		return ErrorPage.TEMPLATE;
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
			HttpStatus status = HttpStatus.resolve(code);
			if (status != null && status.isError()) {
				return status;
			}
			return (status != null) ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.NOT_FOUND;
	}

}
