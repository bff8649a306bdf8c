package com.careercompass.system.web;

import com.careercompass.system.config.PortalProperties;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The portal's public address, for the absolute links a page or a response carries
 * ({@code canonical}, {@code hreflang}, the API's {@code resultPage}, the OpenAPI
 * server). Taken from {@code portal.base-url}, never from the request's {@code Host} or
 * forwarded headers, which any client can set; without it, the local address
 * ({@code http://localhost:PORT}).
 */
@Component
public class BaseUrl implements ApplicationListener<WebServerInitializedEvent> {

	private final String configured;

	private volatile String local = "http://localhost";

	/** The address is checked at start ({@link PortalProperties#isBaseUrlAbsolute}). */
	public BaseUrl(PortalProperties properties) {
		this.configured = StringUtils.trimTrailingCharacter(properties.baseUrl().trim(), '/');
	}

	/**
	 * The public address, without a trailing slash.
	 * @return scheme, host, port if any, and path prefix if any
	 */
	public String get() {
		return StringUtils.hasText(this.configured) ? this.configured : this.local;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		int port = event.getWebServer().getPort();
		if (port > 0 && !"management".equals(event.getApplicationContext().getServerNamespace())) {
			this.local = "http://localhost" + ((port == 80) ? "" : ":" + port);
		}
	}

}
