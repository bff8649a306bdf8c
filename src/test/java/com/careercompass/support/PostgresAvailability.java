package com.careercompass.support;

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
 * {@code ./mvnw verify}), checks once that the database answers. Without it they are
 * skipped with a visible warning on a developer's machine, and fail under CI
 * ({@code CI=true}). Registered for every test class through JUnit's extension
 * auto-detection.
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
		if (result == null) {
			result = check(env);
		}
		return result;
	}

	private static ConditionEvaluationResult check(Map<String, String> env) {
		String url = env.getOrDefault("PORTAL_DB_URL", "jdbc:postgresql://127.0.0.1:5432/portal");
		try (Connection connection = DriverManager.getConnection(url, env.getOrDefault("PORTAL_DB_USER", "portal"),
				env.getOrDefault("PORTAL_DB_PASSWORD", "portal"))) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
		}
		catch (SQLException ex) {
			String message = "PostgreSQL not reachable at " + url + " (" + ex.getMessage()
					+ "): PostgreSQL tests skipped. Start one with: src/test/scripts/postgres.sh start /tmp/portal-pg";
			if ("true".equalsIgnoreCase(env.get("CI"))) {
				throw new IllegalStateException(message, ex);
			}
			System.err.println("WARNING: " + message);
			return ConditionEvaluationResult.disabled(message);
		}
	}

}
