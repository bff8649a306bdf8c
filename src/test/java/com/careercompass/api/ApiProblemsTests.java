package com.careercompass.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.careercompass.system.error.ProblemTexts;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ApiProblemsTests {

	@Test
	void anUnexpectedApiErrorIsLoggedOnceWithTheCorrelationIdItsResponseCarries(CapturedOutput output)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/roles");
		ResponseEntity<ProblemDetail> response = new ApiProblems(texts()).other(new IllegalStateException("boom"),
				request);
		assertThat(response.getStatusCode().value()).isEqualTo(500);
		String id = (String) response.getBody().getProperties().get("correlationId");
		assertThat(id).matches("[0-9a-f-]{36}");
		assertThat(response.getBody().getDetail()).contains(id).doesNotContain("boom");
		assertThat(output.getOut().split(id, -1)).as("logged once").hasSize(2);
		assertThat(output.getOut()).contains("GET /api/v1/roles", "IllegalStateException: boom");
	}

	private static ProblemTexts texts() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		return new ProblemTexts(messages);
	}

}
