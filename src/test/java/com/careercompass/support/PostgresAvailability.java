package com.careercompass.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When the tests run with the {@code postgres} profile (the second Surefire run of
 * {@code ./mvnw verify}), gives them a PostgreSQL: the one {@code PORTAL_DB_URL} names if
 * it is set (a developer's own server, checked once), else a {@link TestPostgres} started
 * under {@code target/} for this JVM, with nothing to install. Registered for every test
 * class through JUnit's extension auto-detection.
 */
public class PostgresAvailability implements ExecutionCondition {

	private static volatile ConditionEvaluationResult result;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Map<String, String> env = System.getenv();
		String profiles = env.getOrDefault("SPRING_PROFILES_ACTIVE", System.getProperty("spring.profiles.active", ""));
		if (Arrays.stream(profiles.split(",")).map(String::trim).noneMatch("postgres"::equals)) {
			return ConditionEvaluationResult.enabled("embedded H2");
		}
		synchronized (PostgresAvailability.class) {
			if (result == null) {
				result = env.containsKey("PORTAL_DB_URL") ? check(env) : startOurOwn();
			}
		}
		return result;
	}

	private static ConditionEvaluationResult startOurOwn() {
		long started = System.nanoTime();
		TestPostgres server = TestPostgres.start(Path.of("target", "test-postgres"));
		// read by application-postgres.properties; system properties come before the
		// environment
		System.setProperty("PORTAL_DB_URL", server.jdbcUrl());
		System.setProperty("PORTAL_DB_USER", "portal");
		System.setProperty("PORTAL_DB_PASSWORD", "portal");
		String message = "PostgreSQL " + server.version() + " started for the tests at " + server.jdbcUrl() + " in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms";
		System.out.println(message);
		return ConditionEvaluationResult.enabled(message);
	}

	private static ConditionEvaluationResult check(Map<String, String> env) {
		String url = env.get("PORTAL_DB_URL");
		try (Connection connection = DriverManager.getConnection(url, env.getOrDefault("PORTAL_DB_USER", "portal"),
				env.getOrDefault("PORTAL_DB_PASSWORD", "portal"))) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PORTAL_DB_URL is set to " + url + " but PostgreSQL does not answer ("
					+ ex.getMessage() + "); unset it and the tests start their own", ex);
		}
	}

}
