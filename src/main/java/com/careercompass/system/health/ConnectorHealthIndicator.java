package com.careercompass.system.health;

import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Part of liveness: down when a thread Tomcat cannot serve without (the acceptor that
 * takes new connections, the poller that reads them) has died. A process in that state
 * answers nothing new but would otherwise look alive; reported down, the supervisor
 * replaces it. (With {@code -XX:+ExitOnOutOfMemoryError}, the usual cause, an
 * {@code OutOfMemoryError}, ends the process first.)
 */
@Component("connector")
class ConnectorHealthIndicator implements HealthIndicator, ApplicationListener<WebServerInitializedEvent> {

	private volatile List<Thread> vital = List.of();

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		watch(Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().endsWith("-Acceptor") || thread.getName().endsWith("-Poller"))
			.toList());
	}

	void watch(List<Thread> threads) {
		this.vital = List.copyOf(threads);
	}

	@Override
	public Health health() {
		List<String> dead = this.vital.stream().filter((thread) -> !thread.isAlive()).map(Thread::getName).toList();
		return dead.isEmpty() ? Health.up().withDetail("threads", this.vital.size()).build()
				: Health.down().withDetail("dead", dead).build();
	}

}
