package com.careercompass.browser;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real server on a random port, and one headless Chromium shared by every browser test
 * class of the run (starting one took about a second per class): reset to a fresh reader
 * before each class, closed when the test JVM ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

	private static Browser shared;

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = shared();
		this.browser.reset();
	}

	private static synchronized Browser shared() throws IOException {
		if (shared == null) {
			Browser started = Browser.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					System.err.println("Chromium did not close cleanly: " + ex.getMessage());
				}
			}, "chromium-close"));
			shared = started;
		}
		return shared;
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
