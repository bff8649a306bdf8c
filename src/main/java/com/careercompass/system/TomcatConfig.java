package com.careercompass.system;

import org.apache.catalina.Container;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.MessageSource;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets the portal, not Tomcat, answer odd but well-formed requests (an encoded slash
 * reaches Spring Security's firewall, which refuses it with the portal's own 400 page),
 * and keeps Tomcat's last-resort error page, for requests it cannot even parse, free of
 * version and stack details.
 */
@Component
class TomcatConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final MessageSource messages;

	TomcatConfig(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> connector.setEncodedSolidusHandling("passthrough"));
		factory.addContextCustomizers((context) -> {
			Container host = context.getParent();
			host.getPipeline().addValve(new LastResortErrorValve(this.messages));
		});
	}

}
