package com.careercompass.system;

import java.util.List;

import com.careercompass.CareerCompassApplication;
import org.apache.catalina.loader.WebappClassLoaderBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A normal start says it is ready and nothing else worth a look: no WARN, no ERROR (issue
 * 26: Flyway's H2 version and springdoc's defaults warned at every start, which teaches
 * people to ignore warnings).
 */
@ExtendWith(OutputCaptureExtension.class)
class QuietStartTests {

	/**
	 * What the connection pools of the other tests' applications, still open in this JVM,
	 * say when a busy machine wakes them late: about the machine, not about this start.
	 */
	private static final String MACHINE_BUSY = "Thread starvation or clock leap detected";

	@Test
	void aNormalStartLogsNoWarning(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CareerCompassApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1",
				"--spring.datasource.url=jdbc:h2:mem:quiet-start;DB_CLOSE_DELAY=-1")) {
			assertThat(context.isRunning()).isTrue();
			assertThat(threadsHoldingTheWebApplicationsClassLoader())
				.as("threads Tomcat would report as leaked at the stop (it races them)")
				.isEmpty();
		}
		assertThat(output.getOut()).contains("Career Compass is ready at");
		assertThat(output.getOut()
			.lines()
			.filter((l) -> l.contains(" WARN ") || l.contains(" ERROR "))
			.filter((l) -> !l.contains(MACHINE_BUSY))).as("warnings and errors at a normal start").isEmpty();
	}

	/**
	 * Tomcat warns at its stop about every live thread whose context class loader is the
	 * web application's: a thread started while the server was starting inherits it. The
	 * warning comes only when the thread outlives the pool's close by a few milliseconds
	 * (CI at the 31st stop: "HikariPool-8:housekeeper ... failed to stop it"), so the
	 * test looks at the cause, which is always there when it is there at all.
	 */
	private static List<String> threadsHoldingTheWebApplicationsClassLoader() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getContextClassLoader() instanceof WebappClassLoaderBase)
			.map(Thread::getName)
			.toList();
	}

}
