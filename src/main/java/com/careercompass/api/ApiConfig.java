package com.careercompass.api;

import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.BaseUrl;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springdoc.core.properties.SwaggerUiConfigProperties;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiConfig {

	/**
	 * The servers of the OpenAPI document: the public address, never the request's host.
	 */
	@Bean
	ServerBaseUrlCustomizer publicServerUrl(BaseUrl baseUrl) {
		return (serverBaseUrl, request) -> baseUrl.get();
	}

	/**
	 * The explorer's OAuth2 redirect address from the public address too: springdoc would
	 * build it from the request's {@code Host} and {@code X-Forwarded-Host}.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> explorerRedirectUrl(SwaggerUiConfigProperties explorer,
			BaseUrl baseUrl) {
		return (event) -> explorer.setOauth2RedirectUrl(baseUrl.get() + ApiPaths.EXPLORER + "/oauth2-redirect.html");
	}

	@Bean
	OpenAPI openApi() {
		return new OpenAPI().info(new Info().title("Career Compass open data API")
			.version("v1")
			.description("Every fact the portal shows, with its source: roles, skills, pay figures (as reported: "
					+ "never converted, never averaged), outlook, comparisons and the quiz. Read-only except "
					+ "POST /api/v1/quiz/results, which stores nothing. Language: ?lang=en|fr or Accept-Language. "
					+ "Errors are RFC 9457 problem+json.")
			.license(new License().name("Our texts: CC BY 4.0; facts and figures: as cited from each source")
				.url("https://creativecommons.org/licenses/by/4.0/")));
	}

}
