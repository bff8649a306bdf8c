package com.careercompass.api;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import com.careercompass.career.RoleNotFoundException;
import com.careercompass.compare.SameRoleException;
import com.careercompass.learning.SkillNotFoundException;
import com.careercompass.jobad.AdTextException;
import com.careercompass.jobad.InvalidAdLinkException;
import com.careercompass.jobad.JobAdService;
import com.careercompass.plan.InvalidPlanException;
import com.careercompass.quiz.InvalidAnswersException;
import com.careercompass.skills.InvalidSkillsLinkException;
import com.careercompass.skills.SkillsCheck;
import com.careercompass.system.language.RequestLanguage;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.error.ProblemTexts;
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
 * error pages. No exception message from a library ever reaches a response, nor anything
 * the client sent; the words are the request's language ({@link ProblemTexts}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Log logger = LogFactory.getLog(ApiProblems.class);

	private final ProblemTexts texts;

	ApiProblems(ProblemTexts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(RoleNotFoundException.class)
	ResponseEntity<ProblemDetail> roleNotFound(RoleNotFoundException ex, HttpServletRequest request) throws Exception {
		return problem(request, ex, HttpStatus.NOT_FOUND, "problem.role.unknown");
	}

	@ExceptionHandler(SkillNotFoundException.class)
	ResponseEntity<ProblemDetail> skillNotFound(SkillNotFoundException ex, HttpServletRequest request)
			throws Exception {
		return problem(request, ex, HttpStatus.NOT_FOUND, "problem.skill.unknown");
	}

	@ExceptionHandler(SameRoleException.class)
	ResponseEntity<ProblemDetail> sameRole(SameRoleException ex, HttpServletRequest request) throws Exception {
		return problem(request, ex, HttpStatus.BAD_REQUEST, "problem.compare.same");
	}

	@ExceptionHandler(InvalidAnswersException.class)
	ResponseEntity<ProblemDetail> invalidAnswers(InvalidAnswersException ex, HttpServletRequest request)
			throws Exception {
		if (ex.oldVersion()) {
			return problem(request, ex, HttpStatus.BAD_REQUEST, "problem.quiz.old");
		}
		ResponseEntity<ProblemDetail> response = problem(request, ex, HttpStatus.BAD_REQUEST, "problem.quiz.invalid");
		Locale locale = RequestLanguage.localeOf(request);
		StringBuilder detail = new StringBuilder(Objects.requireNonNull(response.getBody()).getDetail());
		if (!ex.questions().isEmpty()) {
			// Question codes are ours: only known questions are named.
			detail.append(' ').append(this.texts.text(locale, "problem.quiz.check", String.join(", ", ex.questions())));
		}
		if (ex.unknownKeys() > 0) {
			detail.append(' ').append(this.texts.text(locale, "problem.quiz.unknown-keys", ex.unknownKeys()));
		}
		response.getBody().setDetail(detail.toString());
		return response;
	}

	@ExceptionHandler(InvalidSkillsLinkException.class)
	ResponseEntity<ProblemDetail> invalidSkills(InvalidSkillsLinkException ex, HttpServletRequest request)
			throws Exception {
		return switch (ex.reason()) {
			case OTHER_VERSION -> problem(request, ex, HttpStatus.BAD_REQUEST, "problem.skills.version",
					String.valueOf(SkillsCheck.VERSION));
			case TOO_LONG -> problem(request, ex, HttpStatus.BAD_REQUEST, "problem.skills.too-long");
			case DAMAGED -> problem(request, ex, HttpStatus.BAD_REQUEST, "problem.skills.damaged");
		};
	}

	@ExceptionHandler(InvalidPlanException.class)
	ResponseEntity<ProblemDetail> invalidPlan(InvalidPlanException ex, HttpServletRequest request) throws Exception {
		return problem(request, ex, HttpStatus.BAD_REQUEST, "problem.plan.invalid");
	}

	@ExceptionHandler(AdTextException.class)
	ResponseEntity<ProblemDetail> adText(AdTextException ex, HttpServletRequest request) throws Exception {
		return ex.tooLong()
				? problem(request, ex, HttpStatus.CONTENT_TOO_LARGE, "problem.jobad.too-long",
						String.valueOf(JobAdService.MAX_CHARS))
				: problem(request, ex, HttpStatus.BAD_REQUEST, "problem.jobad.empty");
	}

	@ExceptionHandler(InvalidAdLinkException.class)
	ResponseEntity<ProblemDetail> adHave(InvalidAdLinkException ex, HttpServletRequest request) throws Exception {
		return problem(request, ex, HttpStatus.BAD_REQUEST, "problem.jobad.have");
	}

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException ex, HttpServletRequest request)
			throws Exception {
		return problem(request, ex, HttpStatus.BAD_REQUEST, ex.key(), ex.arguments());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request)
			throws Exception {
		return problem(request, ex, HttpStatus.BAD_REQUEST, "problem.body.unreadable");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, HttpServletRequest request)
			throws Exception {
		return problem(request, ex, HttpStatus.BAD_REQUEST, "problem.body.incomplete");
	}

	/**
	 * Spring's own errors (400, 404, 405, 406, 415 …): our words for their status, never
	 * theirs (Spring's detail of a 404 repeats the address).
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> other(Exception ex, HttpServletRequest request) throws Exception {
		if (ex instanceof ErrorResponse error) {
			return problem(request, ex, error.getStatusCode(), ProblemTexts.statusKey(error.getStatusCode().value()));
		}
		String id = UUID.randomUUID().toString();
		ResponseEntity<ProblemDetail> response = problem(request, ex, HttpStatus.INTERNAL_SERVER_ERROR,
				"problem.internal", id);
		// Only API errors get here (pages' are rethrown above and logged by the
		// container), once each.
		logger.error("API request failed: " + request.getMethod() + " " + request.getRequestURI() + " [correlation id "
				+ id + "]", ex);
		Objects.requireNonNull(response.getBody()).setProperty("correlationId", id);
		return response;
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Exception ex, HttpStatusCode status,
			String key, Object... arguments) throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + ApiPaths.PREFIX)) {
			throw ex;
		}
		ProblemDetail problem = this.texts.of(request, status, key, arguments);
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
