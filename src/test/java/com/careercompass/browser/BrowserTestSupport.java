package com.careercompass.browser;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real server on a random port and one headless Chromium for all the tests of a class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
