package com.careercompass.system.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The query parameters of controllers that read theirs through {@link RequestParam} only,
 * derived from the handlers themselves rather than spelled again: one
 * {@link PageParameters} per handler address, naming the parameters that handler reads. A
 * parameter added to such a handler is understood at once.
 *
 * @param declarations one declaration per handler address
 */
public record HandlerParameters(List<PageParameters> declarations) {

	private static final DefaultParameterNameDiscoverer DISCOVERER = new DefaultParameterNameDiscoverer();

	public HandlerParameters {
		declarations = List.copyOf(declarations);
	}

	/**
	 * Reads the handlers of controllers.
	 * @param controllers classes with {@link RequestMapping} handler methods
	 * @return a declaration per handler address
	 * @throws IllegalArgumentException if a class has no handler
	 */
	public static HandlerParameters of(Class<?>... controllers) {
		List<PageParameters> declarations = new ArrayList<>();
		for (Class<?> controller : controllers) {
			Map<Method, RequestMapping> handlers = MethodIntrospector.selectMethods(controller,
					(MethodIntrospector.MetadataLookup<RequestMapping>) (method) -> AnnotatedElementUtils
						.findMergedAnnotation(method, RequestMapping.class));
			if (handlers.isEmpty()) {
				throw new IllegalArgumentException(controller.getName() + " has no request handler");
			}
			List<String> bases = paths(AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class));
			handlers.forEach((method, mapping) -> {
				Set<String> names = names(method);
				for (String base : bases) {
					for (String path : paths(mapping)) {
						declarations.add(PageParameters.of(base + path, names));
					}
				}
			});
		}
		return new HandlerParameters(declarations);
	}

	private static List<String> paths(@Nullable RequestMapping mapping) {
		if (mapping == null || mapping.path().length == 0) {
			return List.of("");
		}
		return List.of(mapping.path());
	}

	private static Set<String> names(Method method) {
		Set<String> names = new LinkedHashSet<>();
		for (int i = 0; i < method.getParameterCount(); i++) {
			MethodParameter parameter = new MethodParameter(method, i);
			parameter.initParameterNameDiscovery(DISCOVERER);
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null || Map.class.isAssignableFrom(parameter.getParameterType())) {
				continue;
			}
			String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
			if (name == null) {
				throw new IllegalStateException("Name the @RequestParam of " + method + " (compile with -parameters)");
			}
			names.add(name);
		}
		return names;
	}

}
