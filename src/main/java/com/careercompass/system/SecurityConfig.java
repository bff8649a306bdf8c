package com.careercompass.system;

import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for CSRF protection and its request firewall only: every page is
 * public, nothing is logged in, and no session is ever created.
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

}
