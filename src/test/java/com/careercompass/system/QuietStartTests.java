package com.careercompass.system;

import com.careercompass.CareerCompassApplication;
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

	@Test
	void aNormalStartLogsNoWarning(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CareerCompassApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1",
				"--spring.datasource.url=jdbc:h2:mem:quiet-start;DB_CLOSE_DELAY=-1")) {
			assertThat(context.isRunning()).isTrue();
		}
		assertThat(output.getOut()).contains("Career Compass is ready at");
		assertThat(output.getOut().lines().filter((l) -> l.contains(" WARN ") || l.contains(" ERROR ")))
			.as("warnings and errors at a normal start")
			.isEmpty();
	}

}
