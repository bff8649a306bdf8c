package com.careercompass.browser;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real server on a random port, and one headless Chromium shared by every browser test
 * class of the run (starting one took about a second per class): reset to a fresh reader
 * before each class, closed when the test JVM ends. A class whose checks are independent
 * page by page (the page sweep) runs them concurrently, each with a browser of the small
 * pool to itself ({@link #withOwnBrowser}): the shared one and at most
 * {@value #POOL_SIZE} in all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

	/** Two, as this machine has two cores: a third browser only made each page slower. */
	static final int POOL_SIZE = 2;

	private static final BlockingQueue<Browser> idle = new LinkedBlockingQueue<>();

	private static Browser shared;

	private static int pooled;

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
			shared = startClosedAtExit();
		}
		return shared;
	}

	/**
	 * Runs a check with a browser no other check uses meanwhile, for test methods
	 * annotated {@code @Execution(CONCURRENT)}; the check sets whatever state it relies
	 * on (colour scheme, size), as the browser comes from whichever check used it last.
	 * @param check what to do in the browser
	 */
	static void withOwnBrowser(Consumer<Browser> check) throws IOException, InterruptedException {
		Browser browser = borrow();
		try {
			check.accept(browser);
		}
		finally {
			idle.add(browser);
		}
	}

	private static Browser borrow() throws IOException, InterruptedException {
		Browser browser = idle.poll();
		if (browser != null) {
			return browser;
		}
		synchronized (BrowserTestSupport.class) {
			if (pooled < POOL_SIZE) {
				pooled++;
				return (pooled == 1) ? shared() : startClosedAtExit();
			}
		}
		return idle.take();
	}

	private static Browser startClosedAtExit() throws IOException {
		Browser started = Browser.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				started.close();
			}
			catch (IOException ex) {
				System.err.println("Chromium did not close cleanly: " + ex.getMessage());
			}
		}, "chromium-close"));
		return started;
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
