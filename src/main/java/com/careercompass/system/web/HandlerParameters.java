package com.careercompass.system.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.servlet.ServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The query parameters each address accepts, derived from its handlers: their named
 * {@code @RequestParam}s, and for a handler that reads its query as a whole, the names
 * its {@link ReadsQuery} gives (a documented link format). Nothing is declared a second
 * time: a parameter added to a handler is accepted at once.
 *
 * @param declarations one declaration per handler address
 */
public record HandlerParameters(List<PageParameters> declarations) {

	private static final DefaultParameterNameDiscoverer DISCOVERER = new DefaultParameterNameDiscoverer();

	public HandlerParameters {
		declarations = List.copyOf(declarations);
	}

	/**
	 * Reads the handlers.
	 * @param handlers the handler methods by mapping (a handler mapping's)
	 * @param formats the bean of each link format a {@link ReadsQuery} names
	 * @return a declaration per handler address
	 */
	public static HandlerParameters of(Map<RequestMappingInfo, HandlerMethod> handlers,
			Function<Class<? extends LinkFormat>, LinkFormat> formats) {
		List<PageParameters> declarations = new ArrayList<>();
		handlers.forEach((info, handler) -> {
			if (info.getPathPatternsCondition() == null) {
				return;
			}
			Set<String> names = named(handler);
			ReadsQuery whole = readsQuery(handler);
			if (whole != null) {
				names.addAll(Arrays.asList(whole.value()));
				for (Class<? extends LinkFormat> format : whole.formats()) {
					names.addAll(formats.apply(format).parameterNames());
				}
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				declarations.add(new PageParameters(pattern, Set.copyOf(names)));
			}
		});
		return new HandlerParameters(declarations);
	}

	/**
	 * Stops the application when one of its handlers reads query parameters its address
	 * would not accept: the request itself, a {@code @RequestParam} map or a bound
	 * object, without {@link ReadsQuery} to say which.
	 * @param handlers the handler methods by mapping
	 * @param ours whether a handler is the application's (others read no page's
	 * parameters)
	 * @throws IllegalStateException naming every such handler
	 */
	public static void check(Map<RequestMappingInfo, HandlerMethod> handlers, Predicate<Class<?>> ours) {
		List<String> silent = new ArrayList<>();
		handlers.values().stream().distinct().forEach((handler) -> {
			if (!ours.test(handler.getBeanType()) || readsQuery(handler) != null) {
				return;
			}
			for (MethodParameter parameter : handler.getMethodParameters()) {
				String reads = readsWhole(parameter);
				if (reads != null) {
					silent.add(handler.getShortLogMessage() + " reads " + reads);
				}
			}
		});
		if (!silent.isEmpty()) {
			throw new IllegalStateException("Handlers read query parameters their address does not accept "
					+ "(say which with @ReadsQuery, or read named @RequestParams): " + String.join("; ", silent));
		}
	}

	private static @Nullable ReadsQuery readsQuery(HandlerMethod handler) {
		ReadsQuery onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ReadsQuery.class);
		return (onMethod != null) ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ReadsQuery.class);
	}

	/** How a parameter reads the query as a whole, or null when it does not. */
	private static @Nullable String readsWhole(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		if (ServletRequest.class.isAssignableFrom(type) || WebRequest.class.isAssignableFrom(type)) {
			return "the request (" + type.getSimpleName() + ")";
		}
		if (parameter.hasParameterAnnotation(RequestParam.class) && Map.class.isAssignableFrom(type)) {
			return "every parameter (@RequestParam " + type.getSimpleName() + ")";
		}
		if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
			return "a bound object (@ModelAttribute " + type.getSimpleName() + ")";
		}
		return null;
	}

	private static Set<String> named(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null || Map.class.isAssignableFrom(parameter.getParameterType())) {
				continue;
			}
			parameter.initParameterNameDiscovery(DISCOVERER);
			String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
			if (name == null) {
				throw new IllegalStateException(
						"Name the @RequestParam of " + handler.getShortLogMessage() + " (compile with -parameters)");
			}
			names.add(name);
		}
		return names;
	}

}
