package com.careercompass.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What Spring Security's chains do: a request firewall and the security headers, nothing
 * else (no login, no session, no CSRF token). Where the chain sits among the other
 * filters is the edge's to say ({@code EdgeConfig}, which imports this class).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityChains {

	/**
	 * The API explorer's addresses: the same chain, with the explorer's policy (its
	 * script adds a style element, its icons are {@code data:} images).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain explorerSecurityChain(HttpSecurity http) throws Exception {
		return chain(http.securityMatcher(SecurityHeaders.EXPLORER_PATH + "**"),
				SecurityHeaders.EXPLORER_CONTENT_SECURITY_POLICY);
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return chain(http, SecurityHeaders.CONTENT_SECURITY_POLICY);
	}

	/**
	 * Every page is public, nothing is logged in, no session is ever created: the chain
	 * is there for its request firewall and its header writers.
	 */
	private static SecurityFilterChain chain(HttpSecurity http, String policy) throws Exception {
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
			.headers((headers) -> SecurityHeaders.configure(headers, policy));
		return http.build();
	}

}
