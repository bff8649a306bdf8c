package com.careercompass.system.error;

import org.apache.catalina.Container;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.thymeleaf.ITemplateEngine;
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

	private final ObjectProvider<ITemplateEngine> templates;

	private final ObjectProvider<ProblemTexts> texts;

	TomcatConfig(ObjectProvider<ITemplateEngine> templates, ObjectProvider<ProblemTexts> texts) {
		this.templates = templates;
		this.texts = texts;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> connector.setEncodedSolidusHandling("passthrough"));
		factory.addContextCustomizers((context) -> {
			Container host = context.getParent();
			host.getPipeline()
				.addValve(new LastResortErrorValve(this.templates::getObject, context::getServletContext,
						this.texts::getObject));
		});
	}

}
