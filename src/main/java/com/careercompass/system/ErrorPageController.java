package com.careercompass.system;

import java.net.URI;

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
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the container dispatches, whatever raised it (a controller, Spring
 * Security's firewall, Tomcat): a localized page for people, RFC 9457 problem+json under
 * {@code /api/}. Never a stack trace or an exception message. Asked for directly,
 * {@code /error} has no error to show and is simply not found.
 */
@Controller
class ErrorPageController implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		String uri = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) ? original
				: request.getRequestURI();
		response.setStatus(status.value());
		if (uri.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
			problem.setInstance(URI.create(uri.replaceAll("[^\\x21-\\x7e]", "")));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		model.addAttribute("status", status.value());
		model.addAttribute("kind",
				(status == HttpStatus.NOT_FOUND) ? "404" : status.is4xxClientError() ? "4xx" : "5xx");
		return "error/page";
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

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "No such endpoint. The API is described at /v3/api-docs.";
			case METHOD_NOT_ALLOWED ->
				"This method is not supported here; the API is read-only but for POST /api/v1/quiz/results.";
			case BAD_REQUEST -> "The request could not be read: check the address, its encoding and the parameters.";
			default -> status.is5xxServerError() ? "Something went wrong on our side." : status.getReasonPhrase();
		};
	}

}
