package com.careercompass.system.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorHealthIndicatorTests {

	@Test
	void downOnceAnAcceptorOrPollerThreadHasDied() throws InterruptedException {
		Thread alive = new Thread(() -> sleep(5_000), "http-nio-8080-Poller");
		Thread dying = new Thread(() -> {
		}, "http-nio-8080-Acceptor");
		alive.setDaemon(true);
		alive.start();
		dying.start();
		ConnectorHealthIndicator indicator = new ConnectorHealthIndicator();
		indicator.watch(List.of(alive, dying));
		dying.join();
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(indicator.health().getDetails()).containsEntry("dead", List.of("http-nio-8080-Acceptor"));
		indicator.watch(List.of(alive));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		alive.interrupt();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
