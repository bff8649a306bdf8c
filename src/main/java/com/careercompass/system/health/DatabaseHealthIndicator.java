package com.careercompass.system.health;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import com.careercompass.system.config.PortalProperties;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The database's health, as {@code /actuator/health} reports it (never readiness: once
 * started the portal serves everything from memory). Checked on a thread of its own every
 * few seconds, so that asking costs a request nothing: Spring Boot's own check borrowed a
 * connection on the request's thread, which waited a second for it during an outage, and
 * logged a stack trace every time. Here the log gets one line when the database goes away
 * and one when it is back.
 */
@Component("db")
class DatabaseHealthIndicator implements HealthIndicator, SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DatabaseHealthIndicator.class);

	private final DataSource dataSource;

	private final Duration interval;

	private volatile Health health = Health.unknown().withDetail("checked", "not yet").build();

	private volatile @Nullable ScheduledExecutorService checker;

	DatabaseHealthIndicator(DataSource dataSource, PortalProperties properties) {
		this.dataSource = dataSource;
		this.interval = properties.health().databaseInterval();
	}

	@Override
	public Health health() {
		return this.health;
	}

	/** Checks now, on the caller's thread, and reports a change of state. */
	void check() {
		Health now;
		try (Connection connection = this.dataSource.getConnection()) {
			now = connection.isValid(1) ? up() : down("the connection is not valid");
		}
		catch (Exception ex) {
			now = down(ex.getClass().getSimpleName());
		}
		boolean wasUp = Health.up().build().getStatus().equals(this.health.getStatus());
		boolean isUp = Health.up().build().getStatus().equals(now.getStatus());
		if (wasUp && !isUp) {
			logger.warn("The database cannot be reached (" + now.getDetails().get("error")
					+ "); pages are still served from memory");
		}
		else if (!wasUp && isUp && this.health.getDetails().containsKey("error")) {
			logger.info("The database can be reached again");
		}
		this.health = now;
	}

	private static Health up() {
		return Health.up().withDetail("checked", Instant.now().toString()).build();
	}

	private static Health down(String error) {
		return Health.down().withDetail("checked", Instant.now().toString()).withDetail("error", error).build();
	}

	@Override
	public void start() {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "database-health");
			thread.setDaemon(true);
			return thread;
		});
		scheduler.scheduleWithFixedDelay(this::check, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
		this.checker = scheduler;
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler = this.checker;
		if (scheduler != null) {
			scheduler.shutdownNow();
			this.checker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.checker != null;
	}

}
