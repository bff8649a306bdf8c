package com.careercompass.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.careercompass.support.AlsoOnPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every address the README and docs/ name in backticks answers (docs that cannot drift).
 * Placeholders take a real value ({@code {slug}}, {@code {a}-vs-{b}}, {@code *.csv}); a
 * prefix ending in a slash must begin some other documented address. Examples of hostile
 * requests and paths on the file system are not addresses of the portal.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class DocumentedAddressesTests {

	private static final Pattern ADDRESS = Pattern.compile("`(/[A-Za-z0-9_./{}?=&*%-]*)");

	/** Values for the placeholders the docs use. */
	private static final Map<String, String> EXAMPLES = Map.of("{slug}", "data-scientist", "{a}",
			"machine-learning-engineer", "{b}", "data-scientist", "*", "salaries", "=N", "=1", "RANDOM", "x", "{code}",
			"1");

	/**
	 * Hostile examples (answered 400 by design); {@code /error}, not found when asked
	 * directly; {@code /actuator}, named as the discovery page there is not.
	 */
	private static final Set<String> NOT_PAGES = Set.of("//", "//roles", "/x%2Fy", "/error", "/actuator");

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyDocumentedAddressAnswers() throws IOException {
		Set<String> addresses = addresses();
		List<String> missing = new ArrayList<>();
		for (String address : addresses) {
			if (NOT_PAGES.contains(address) || address.startsWith("/usr/")) {
				continue;
			}
			if (address.endsWith("/") && address.length() > 1) {
				if (addresses.stream().noneMatch((a) -> a.length() > address.length() && a.startsWith(address))
						&& status(address + "index.html") == 404) {
					missing.add(address + " (a prefix of no documented address, and no index)");
				}
				continue;
			}
			String uri = address;
			for (Map.Entry<String, String> example : EXAMPLES.entrySet()) {
				uri = uri.replace(example.getKey(), example.getValue());
			}
			// 405: there, for another method (the quiz's POST)
			int status = status(uri);
			if (status == 404 || status >= 500) {
				missing.add(address + " → " + uri + " " + status);
			}
		}
		System.out.printf("Addresses named in the docs: %d%n", addresses.size());
		assertThat(addresses).as("the docs name the portal's addresses").hasSizeGreaterThan(20);
		assertThat(missing).as("documented addresses that do not answer").isEmpty();
	}

	@Test
	void theCheckWouldCatchAnAddressThatIsGone() {
		assertThat(status("/careers/data-scientist")).isEqualTo(404);
		assertThat(status("/api/v1/salary")).isEqualTo(404);
	}

	private int status(String uri) {
		return this.mvc.get().uri(uri).exchange().getResponse().getStatus();
	}

	private static Set<String> addresses() throws IOException {
		List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> files = Files.walk(Path.of("docs"))) {
			// The settings reference lists settings' values (path patterns such as
			// /api/**), not addresses.
			files.filter((f) -> f.toString().endsWith(".md"))
				.filter((f) -> !f.endsWith(Path.of("generated", "settings.md")))
				.sorted()
				.forEach(docs::add);
		}
		Set<String> addresses = new TreeSet<>();
		for (Path doc : docs) {
			Matcher m = ADDRESS.matcher(Files.readString(doc));
			while (m.find()) {
				addresses.add(m.group(1));
			}
		}
		return addresses;
	}

}
