package com.careercompass.system.edge;

import com.careercompass.system.web.CachedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Marks the request of a handler that opted in with {@link CachedPage}. */
public class CachedPageInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(CachedPage.class)) {
			request.setAttribute(CachedPage.ATTRIBUTE, Boolean.TRUE);
		}
		return true;
	}

}
