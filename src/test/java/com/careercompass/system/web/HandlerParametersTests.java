package com.careercompass.system.web;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A controller's query parameters read from its handlers, not spelled again. */
class HandlerParametersTests {

	@Test
	void eachHandlerAddressUnderstandsTheParametersItsHandlerReads() {
		HandlerParameters parameters = HandlerParameters.of(Things.class);
		CanonicalRequestFilter filter = new CanonicalRequestFilter(parameters::declarations);
		assertThat(filter.known("/things/42")).containsExactlyInAnyOrder("lang", "q");
		assertThat(filter.known("/things")).containsExactlyInAnyOrder("page", "sort");
		assertThat(filter.known("/elsewhere")).isEmpty();
	}

	@Test
	void aMapOfEveryParameterDeclaresNone() {
		assertThat(HandlerParameters.of(Things.class).declarations())
			.allSatisfy((d) -> assertThat(d.names()).doesNotContain("all"));
	}

	@Test
	void aClassWithoutHandlersIsAMistake() {
		assertThatIllegalArgumentException().isThrownBy(() -> HandlerParameters.of(String.class))
			.withMessageContaining("no request handler");
	}

	@RequestMapping("/things")
	static class Things {

		@GetMapping("/{id}")
		String one(@PathVariable String id, @RequestParam(required = false) String lang,
				@RequestParam(name = "q") String query) {
			return id + lang + query;
		}

		@GetMapping
		String all(@RequestParam Map<String, String> all, @RequestParam int page) {
			return all.toString() + page;
		}

		@PostMapping
		String add(@RequestParam("sort") Set<String> sort) {
			return sort.toString();
		}

	}

}
