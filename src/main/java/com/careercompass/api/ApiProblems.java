package com.careercompass.api;

import java.util.Objects;
import java.util.UUID;

import com.careercompass.career.RoleNotFoundException;
import com.careercompass.compare.SameRoleException;
import com.careercompass.learning.SkillNotFoundException;
import com.careercompass.plan.InvalidPlanException;
import com.careercompass.quiz.InvalidAnswersException;
import com.careercompass.skills.InvalidSkillsLinkException;
import com.careercompass.skills.SkillsCheck;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.RequestPaths;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the API as RFC 9457 {@code application/problem+json} with a clear
 * {@code detail}. Applies to any request under {@code /api/} (unknown paths and wrong
 * methods included); every other request is handed back, so pages keep their localized
 * error pages. No exception message from a library ever reaches a response.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Log logger = LogFactory.getLog(ApiProblems.class);

	@ExceptionHandler(RoleNotFoundException.class)
	ResponseEntity<ProblemDetail> roleNotFound(RoleNotFoundException ex, HttpServletRequest request) throws Exception {
		return problem(request, ex, HttpStatus.NOT_FOUND, "Unknown role. The roles are listed at /api/v1/roles.");
	}

	@ExceptionHandler(SkillNotFoundException.class)
	ResponseEntity<ProblemDetail> skillNotFound(SkillNotFoundException ex, HttpServletRequest request)
			throws Exception {
		return problem(request, ex, HttpStatus.NOT_FOUND,
				"Unknown skill code. The skills and their codes are listed at /api/v1/skills.");
	}

	@ExceptionHandler(SameRoleException.class)
	ResponseEntity<ProblemDetail> sameRole(SameRoleException ex, HttpServletRequest request) throws Exception {
		return problem(request, ex, HttpStatus.BAD_REQUEST, "Parameters 'a' and 'b' must name two different roles.");
	}

	@ExceptionHandler(InvalidAnswersException.class)
	ResponseEntity<ProblemDetail> invalidAnswers(InvalidAnswersException ex, HttpServletRequest request)
			throws Exception {
		String detail = ex.oldVersion() ? "These answers are for another version of the quiz; see /api/v1/quiz."
				: "Every question of /api/v1/quiz needs exactly one valid answer (1 to 5, or an option code)."
						+ (ex.questions().isEmpty() ? "" : " Check: " + String.join(", ", ex.questions()) + ".")
						+ ((ex.unknownKeys() > 0) ? " " + ex.unknownKeys() + " key(s) name no question." : "");
		return problem(request, ex, HttpStatus.BAD_REQUEST, detail);
	}

	@ExceptionHandler(InvalidSkillsLinkException.class)
	ResponseEntity<ProblemDetail> invalidSkills(InvalidSkillsLinkException ex, HttpServletRequest request)
			throws Exception {
		String detail = switch (ex.reason()) {
			case OTHER_VERSION -> "This skills check is for another version of the skill list; the current one is v="
					+ SkillsCheck.VERSION + ".";
			case TOO_LONG -> "The query string is longer than any skills check needs.";
			case DAMAGED -> "Give v once, and have, work and first at most once each: have and work are skill codes "
					+ "(ids of /api/v1/skills in base 36), ascending, joined with '.', work a part of have; first is "
					+ "a role slug.";
		};
		return problem(request, ex, HttpStatus.BAD_REQUEST, detail);
	}

	@ExceptionHandler(InvalidPlanException.class)
	ResponseEntity<ProblemDetail> invalidPlan(InvalidPlanException ex, HttpServletRequest request) throws Exception {
		return problem(request, ex, HttpStatus.BAD_REQUEST,
				"This plan link cannot be read: a part of it is damaged, unknown or of another version; "
						+ "see /api/v1/quiz and /api/v1/skills-check.");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request)
			throws Exception {
		return problem(request, ex, HttpStatus.BAD_REQUEST,
				"The request body must be JSON: {\"version\": 1, \"answers\": {\"present\": \"5\", …}}.");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, HttpServletRequest request)
			throws Exception {
		return problem(request, ex, HttpStatus.BAD_REQUEST, "The request body needs both 'version' and 'answers'.");
	}

	/**
	 * Spring's own errors (400, 404, 405, 406, 415 …) carry a status and a generic detail
	 * of their own.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> other(Exception ex, HttpServletRequest request) throws Exception {
		if (ex instanceof ErrorResponse error) {
			ProblemDetail body = error.getBody();
			return problem(request, ex, error.getStatusCode(), (body.getDetail() != null) ? body.getDetail()
					: HttpStatus.valueOf(error.getStatusCode().value()).getReasonPhrase());
		}
		String id = UUID.randomUUID().toString();
		ResponseEntity<ProblemDetail> response = problem(request, ex, HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Quote correlation id " + id + " if you report it.");
		// Only API errors get here (pages' are rethrown above and logged by the
		// container),
		// once each.
		logger.error("API request failed: " + request.getMethod() + " " + request.getRequestURI() + " [correlation id "
				+ id + "]", ex);
		Objects.requireNonNull(response.getBody()).setProperty("correlationId", id);
		return response;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Exception ex,
			HttpStatusCode status, String detail) throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + ApiPaths.PREFIX)) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(RequestPaths.instance(request.getRequestURI()));
		HttpHeaders headers = new HttpHeaders();
		if (ex instanceof ErrorResponse error) {
			headers.addAll(error.getHeaders());
		}
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
