package com.careercompass.api;

import com.careercompass.system.web.ApiPaths;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin reads of the open data (the API's other settings are in {@link ApiConfig},
 * which web slices do not load).
 */
@Configuration(proxyBeanMethods = false)
class ApiCors implements WebMvcConfigurer {

	/** Anyone may read the open data from a browser, from any site. */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping(ApiPaths.PATTERN).allowedOrigins("*").allowedMethods("GET", "HEAD").maxAge(3600);
		registry.addMapping("/data/**").allowedOrigins("*").allowedMethods("GET", "HEAD").maxAge(3600);
	}

}
