package com.careercompass.system.web;

import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Stops the start when one of the application's handlers (those under its
 * auto-configuration packages) reads query parameters its address would not accept: they
 * would reach it as null, silently ({@link HandlerParameters#check}).
 */
@Configuration(proxyBeanMethods = false)
public class HandlerParametersCheck {

	@Bean
	static SmartInitializingSingleton noHandlerReadsUnacceptedParameters(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers,
			BeanFactory beans) {
		return () -> {
			List<String> packages = AutoConfigurationPackages.has(beans) ? AutoConfigurationPackages.get(beans)
					: List.of();
			HandlerParameters.check(handlers.getObject().getHandlerMethods(),
					(type) -> packages.stream().anyMatch((p) -> type.getName().startsWith(p + ".")));
		};
	}

}
