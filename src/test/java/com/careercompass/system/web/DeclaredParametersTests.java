package com.careercompass.system.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request parameter a handler reads is declared for its address (a
 * {@link PageParameters} bean): the canonical request keeps only declared parameters, so
 * an undeclared one would silently arrive as null.
 */
@SpringBootTest
class DeclaredParametersTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	List<PageParameters> pages;

	@Autowired
	List<HandlerParameters> handlers;

	List<PageParameters> declared;

	@BeforeEach
	void everyDeclaration() {
		this.declared = new ArrayList<>(this.pages);
		this.handlers.forEach((h) -> this.declared.addAll(h.declarations()));
	}

	@Test
	void everyRequestParamIsDeclaredForItsPath() {
		List<String> silent = undeclared(this.mappings.getHandlerMethods(), this.declared);
		assertThat(silent).as("@RequestParam without a PageParameters declaration for its path").isEmpty();
	}

	@Test
	void theCheckWouldCatchAnUndeclaredParameter() {
		List<PageParameters> without = this.declared.stream().filter((p) -> !p.names().contains("back")).toList();
		assertThat(undeclared(this.mappings.getHandlerMethods(), without))
			.anySatisfy((s) -> assertThat(s).contains("back").contains("/roles/"));
	}

	private static List<String> undeclared(Map<RequestMappingInfo, HandlerMethod> handlers,
			Collection<PageParameters> declared) {
		List<String> silent = new ArrayList<>();
		handlers.forEach((info, method) -> {
			if (info.getPathPatternsCondition() == null) {
				return;
			}
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]*}", "x").replace("**", "x");
				Set<String> known = new HashSet<>();
				declared.stream().filter((p) -> p.matches(path)).forEach((p) -> known.addAll(p.names()));
				for (MethodParameter parameter : method.getMethodParameters()) {
					RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
					if (param == null || Map.class.isAssignableFrom(parameter.getParameterType())) {
						continue;
					}
					String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
					if (!known.contains(name)) {
						silent.add(pattern + " ?" + name + " (" + method.getShortLogMessage() + ")");
					}
				}
			}
		});
		return silent;
	}

}
