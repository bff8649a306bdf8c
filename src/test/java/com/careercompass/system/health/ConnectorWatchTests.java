package com.careercompass.system.health;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a running server the liveness check really watches Tomcat's acceptor and poller: an
 * indicator that found no thread to watch would report UP forever.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConnectorWatchTests {

	@Autowired
	ConnectorHealthIndicator connector;

	@Test
	void watchesTheAcceptorAndThePollerOfTheRunningServer() {
		var health = this.connector.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat((Integer) health.getDetails().get("threads")).as("acceptor and poller threads watched")
			.isGreaterThanOrEqualTo(2);
	}

}
