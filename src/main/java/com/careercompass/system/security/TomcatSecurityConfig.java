package com.careercompass.system.security;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Security headers even where Tomcat answers alone ({@code OPTIONS *}). */
@Component
class TomcatSecurityConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addEngineValves(new ServerWideOptionsHeaders());
	}

}
