package com.careercompass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import com.careercompass.support.GeneratedDoc;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/generated/attack.md: what the attack suite sends in each mode, written from the
 * file the suite itself reads ({@code src/test/attack/sizes.json}), so that
 * docs/security.md describes the attacks and what must hold without quoting a size.
 */
class AttackSizesDocTests {

	static final Path SIZES = Path.of("src/test/attack/sizes.json");

	@Test
	void theAttackSizesAreTheOnesTheSuiteReads() throws Exception {
		JsonNode attacks = JsonMapper.builder().build().readTree(Files.readString(SIZES));
		StringBuilder doc = new StringBuilder(GeneratedDoc.banner("AttackSizesDocTests"));
		doc.append("# What the attack suite sends\n\n")
			.append("Read by `src/test/attack/attack.py` from `src/test/attack/sizes.json`; short mode is what ")
			.append("`.ci/run` runs, full mode `--full` (docs/security.md says what each attack must leave intact).\n\n")
			.append("| attack | what it sends | full mode | short mode |\n|---|---|---|---|\n");
		for (Map.Entry<String, JsonNode> attack : attacks.properties()) {
			JsonNode sizes = attack.getValue();
			assertThat(sizes.path("does").asString()).as(attack.getKey()).isNotBlank();
			assertThat(sizes.path("full").propertyNames()).as(attack.getKey() + ": the same sizes in both modes")
				.containsExactlyInAnyOrderElementsOf(sizes.path("short").propertyNames());
			doc.append("| `")
				.append(attack.getKey())
				.append("` | ")
				.append(sizes.path("does").asString())
				.append(" | ")
				.append(sizes(sizes.path("full")))
				.append(" | ")
				.append(sizes(sizes.path("short")))
				.append(" |\n");
		}
		GeneratedDoc.check(Path.of("docs/generated/attack.md"), "AttackSizesDocTests", doc.toString());
	}

	private static String sizes(JsonNode mode) {
		return mode.properties()
			.stream()
			.map((size) -> size.getKey().replace('_', ' ') + " " + size.getValue().toString().replace(",", ", "))
			.collect(Collectors.joining("; "));
	}

}
