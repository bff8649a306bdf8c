package com.careercompass.system.security;

import jakarta.servlet.DispatcherType;

import com.careercompass.system.config.PortalProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for its request firewall only (every page is public, nothing is logged
 * in, no session is ever created), the security headers of every response, and the limits
 * on request bodies.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.formLogin((login) -> login.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			// No request changes state and no cookie grants authority (docs/security.md):
			// there is nothing for a forged cross-site request to do.
			.csrf((csrf) -> csrf.disable())
			.cors(Customizer.withDefaults())
			// One source for the security headers, also on responses this chain never
			// sees
			// (SecurityHeadersFilter).
			.headers((headers) -> headers.disable());
		return http.build();
	}

	/** First of all, so that every response carries them. */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** Request bodies: the sizes and times of docs/operations.md. */
	@Bean
	FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(PortalProperties properties) {
		PortalProperties.Limits limits = properties.limits();
		FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(
				new RequestLimitsFilter((int) limits.bodySize().toBytes(), (int) limits.textBodySize().toBytes(),
						java.util.Set.copyOf(limits.textBodyPaths()), limits.bodyDeadline(), limits.bodyReaders()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

}
