package com.careercompass;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Feature packages talk to each other only through their public types, never in a cycle.
 */
class ModularityTests {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.careercompass");

	/** Read once for the class: reading the modules is most of its time. */
	private static final ApplicationModules MODULES = ApplicationModules.of(CareerCompassApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Writes the modules' diagrams and canvases with Spring Modulith's Documenter
	 * ({@code target/spring-modulith-docs}) and checks that the copy in
	 * {@code docs/modules}, linked from docs/architecture.md, is current. After a change
	 * of structure, {@code ./mvnw test -Dtest=ModularityTests -Ddocs.update=true}
	 * refreshes it.
	 */
	@Test
	void moduleDocumentationIsGeneratedAndTheCommittedCopyIsCurrent() throws java.io.IOException {
		java.nio.file.Path generated = java.nio.file.Path.of("target/spring-modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeDocumentation();
		java.nio.file.Path committed = java.nio.file.Path.of("docs/modules");
		java.util.List<java.nio.file.Path> files;
		try (java.util.stream.Stream<java.nio.file.Path> listing = java.nio.file.Files.list(generated)) {
			files = listing.sorted().toList();
		}
		org.assertj.core.api.Assertions.assertThat(files).as("the Documenter's output").isNotEmpty();
		if (com.careercompass.support.GeneratedDoc.updating()) {
			java.nio.file.Files.createDirectories(committed);
			for (java.nio.file.Path file : files) {
				java.nio.file.Files.copy(file, committed.resolve(file.getFileName()),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		for (java.nio.file.Path file : files) {
			java.nio.file.Path copy = committed.resolve(file.getFileName());
			// The Documenter writes relations in no fixed order: compared line by line,
			// sorted.
			org.assertj.core.api.Assertions.assertThat(copy)
				.as("docs/modules is stale: run ./mvnw test -Dtest=ModularityTests -Ddocs.update=true")
				.exists();
			org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readAllLines(copy).stream().sorted())
				.as("docs/modules/" + file.getFileName()
						+ " is stale: run ./mvnw test -Dtest=ModularityTests -Ddocs.update=true")
				.containsExactlyElementsOf(java.nio.file.Files.readAllLines(file).stream().sorted().toList());
		}
	}

	@Test
	void entitiesAndRepositoriesStayInsideTheirFeature() {
		classes().that()
			.areAnnotatedWith(jakarta.persistence.Entity.class)
			.or()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.should()
			.notBePublic()
			.check(MAIN_CLASSES);
	}

	/**
	 * The API's path and the default comparison are spelled once
	 * ({@code system.ApiPaths}, {@code ComparisonService}); examples in API docs aside.
	 */
	@Test
	void apiPathAndDefaultPairAreSpelledOnce() throws java.io.IOException {
		java.util.List<String> spelled = new java.util.ArrayList<>();
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files
			.walk(java.nio.file.Path.of("src/main"))) {
			for (java.nio.file.Path file : files
				.filter((f) -> f.toString().endsWith(".java") || f.toString().endsWith(".html"))
				.filter((f) -> !f.endsWith("ApiPaths.java"))
				.toList()) {
				java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					boolean api = line.contains("\"/api/") || line.contains("\"/api\"");
					boolean pair = line.contains("/compare/machine-learning-engineer-vs-data-scientist")
							&& !line.contains("*");
					if ((api && !line.contains("example")) || pair) {
						spelled.add(file + ":" + (i + 1) + ": " + line.trim());
					}
				}
			}
		}
		org.assertj.core.api.Assertions.assertThat(spelled).isEmpty();
	}

}
