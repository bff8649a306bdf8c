package com.careercompass.system.web;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalRequestTests {

	@Test
	void keepsOnlyKnownParametersOfTheQueryStringInNameOrder() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/compare");
		request.setQueryString("utm_source=x&b=data-scientist&fbclid=1&a=machine-learning-engineer&gclid=2");
		CanonicalRequest canonical = CanonicalRequest.of(request, Set.of("a", "b"));
		assertThat(canonical.getParameterMap()).containsOnlyKeys("a", "b");
		assertThat(canonical.getParameterMap().keySet()).containsExactly("a", "b");
		assertThat(canonical.getQueryString()).isEqualTo("a=machine-learning-engineer&b=data-scientist");
		assertThat(canonical.getParameter("utm_source")).isNull();
		assertThat(canonical.getParameterValues("fbclid")).isNull();
	}

	@Test
	void neverReadsAPostedFormForParameters() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/roles");
		request.setContentType("application/x-www-form-urlencoded");
		request.setParameter("lang", "x".repeat(120_000));
		CanonicalRequest canonical = CanonicalRequest.of(request, Set.of("lang"));
		assertThat(canonical.getParameterMap()).isEmpty();
		assertThat(canonical.getQueryString()).isNull();
	}

	@Test
	void decodesFormEncodingKeepsRepeatsInOrderAndDropsWhatCannotBeDecoded() {
		Map<String, String[]> parameters = CanonicalRequest.parse("q=a+b%C3%A9&q=second&bad=%ZZ&flag",
				Set.of("q", "bad", "flag"));
		assertThat(parameters.get("q")).containsExactly("a bé", "second");
		assertThat(parameters).doesNotContainKey("bad");
		assertThat(parameters.get("flag")).containsExactly("");
	}

	@Test
	void anEmptyOrMissingQueryHasNoParameters() {
		assertThat(CanonicalRequest.parse(null, Set.of("a"))).isEmpty();
		assertThat(CanonicalRequest.parse("", Set.of("a"))).isEmpty();
		assertThat(CanonicalRequest.parse("&&=&", Set.of("a"))).isEmpty();
	}

}
