package com.careercompass.system.health;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorHealthIndicatorTests {

	@Test
	void downOnceAnAcceptorOrPollerThreadHasDied() throws InterruptedException {
		CountDownLatch done = new CountDownLatch(1);
		// alive until the test says so, however slow the machine (it slept 5 s before)
		Thread alive = new Thread(() -> await(done), "http-nio-8080-Poller");
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
		done.countDown();
		alive.join();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
