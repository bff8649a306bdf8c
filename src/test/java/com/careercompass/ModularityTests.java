package com.careercompass;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Feature packages talk to each other only through their public types, never in a cycle.
 */
class ModularityTests {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.careercompass");

	private final ApplicationModules modules = ApplicationModules.of(CareerCompassApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
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

	@Test
	void systemDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("com.careercompass.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.careercompass.career..", "com.careercompass.role..", "com.careercompass.source..",
					"com.careercompass.home..", "com.careercompass.compare..", "com.careercompass.quiz..")
			.check(MAIN_CLASSES);
	}

}
