package com.careercompass.system.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each address accepts comes from its handlers, and a handler that reads parameters
 * its address would not accept stops the start.
 */
class HandlerParametersTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DispatcherServletAutoConfiguration.class,
				WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class))
		.withUserConfiguration(HandlerParametersCheck.class);

	@Test
	void eachAddressAcceptsItsNamedParametersAndTheLinkFormatsItsHandlerNames() {
		this.runner.withUserConfiguration(Accepted.class).run((context) -> {
			assertThat(context).hasNotFailed();
			HandlerParameters parameters = HandlerParameters
				.of(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
					.getHandlerMethods(), context::getBean);
			assertThat(accepted(parameters, "/things/7")).containsExactlyInAnyOrder("kind", "shown");
			assertThat(accepted(parameters, "/things")).containsExactlyInAnyOrder("q1", "q2", "sort");
			assertThat(accepted(parameters, "/elsewhere")).isEmpty();
		});
	}

	@Test
	void aHandlerReadingEveryParameterWithoutSayingWhichStopsTheStart() {
		this.runner.withUserConfiguration(ReadsAMap.class)
			.run((context) -> assertThat(cause(context)).hasMessageContaining("ReadsAMapController#everything")
				.hasMessageContaining("@RequestParam Map"));
	}

	@Test
	void aHandlerReadingTheRequestWithoutSayingWhichStopsTheStart() {
		this.runner.withUserConfiguration(ReadsTheRequest.class)
			.run((context) -> assertThat(cause(context)).hasMessageContaining("ReadsTheRequestController#raw")
				.hasMessageContaining("HttpServletRequest"));
	}

	private static Throwable cause(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		return NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
	}

	private static Set<String> accepted(HandlerParameters parameters, String path) {
		return parameters.declarations()
			.stream()
			.filter((p) -> p.pattern().matches(PathContainer.parsePath(path)))
			.flatMap((p) -> p.names().stream())
			.collect(java.util.stream.Collectors.toSet());
	}

	/** A link format whose names come from data. */
	static class Answers implements LinkFormat {

		@Override
		public Set<String> parameterNames() {
			return Set.of("q1", "q2");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage
	@Import(AcceptedController.class)
	static class Accepted {

		@Bean
		Answers answers() {
			return new Answers();
		}

	}

	@RestController
	@RequestMapping("/things")
	static class AcceptedController {

		@GetMapping("/{id}")
		String one(@RequestParam String kind, @RequestParam(name = "shown", required = false) String show) {
			return kind + show;
		}

		@ReadsQuery(value = "sort", formats = Answers.class)
		@GetMapping
		String all(HttpServletRequest request) {
			return String.valueOf(request.getParameterMap().size());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage
	@Import(ReadsAMapController.class)
	static class ReadsAMap {

	}

	@RestController
	static class ReadsAMapController {

		@GetMapping("/probe")
		String everything(@RequestParam Map<String, String> all) {
			return String.valueOf(all.get("anything"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage
	@Import(ReadsTheRequestController.class)
	static class ReadsTheRequest {

	}

	@RestController
	static class ReadsTheRequestController {

		@GetMapping("/probe")
		String raw(HttpServletRequest request) {
			return List.of(String.valueOf(request.getParameter("anything"))).get(0);
		}

	}

}
