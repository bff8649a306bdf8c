package com.careercompass.system.edge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.careercompass.system.security.SecurityHeaders;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When every render turn is taken and no one may wait, a page nobody has read yet gets
 * the localized busy page at once (503, {@code Retry-After}, never cached) with every
 * security header; as soon as a turn is free, the same address renders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.limits.renders=1", "portal.limits.render-queue=0" })
class RenderLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	FilterRegistrationBean<RenderLimitFilter> renderLimit;

	@Test
	void aRequestThatCannotWaitGetsTheBusyPageWithEveryHeaderThenTheSameAddressRenders() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/sources?lang=fr"))
			.build();
		RenderLimit limit = this.renderLimit.getFilter().limit();
		assertThat(limit.acquire()).as("the one turn").isTrue();
		HttpResponse<String> busy;
		try {
			busy = client.send(page, HttpResponse.BodyHandlers.ofString());
		}
		finally {
			limit.release();
		}
		assertThat(busy.statusCode()).isEqualTo(503);
		assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(busy.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(busy.headers().firstValue("Content-Security-Policy"))
			.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(busy.headers().firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
		assertThat(busy.headers().map()).containsKeys("x-frame-options", "x-content-type-options", "referrer-policy",
				"cross-origin-opener-policy");
		assertThat(busy.body()).contains("<html lang=\"fr\"");

		HttpResponse<String> rendered = client.send(page, HttpResponse.BodyHandlers.ofString());
		assertThat(rendered.statusCode()).isEqualTo(200);
	}

}
