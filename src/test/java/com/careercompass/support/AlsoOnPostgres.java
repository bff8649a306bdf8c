package com.careercompass.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Tests that run a second time against PostgreSQL ({@code ./mvnw verify}'s second
 * Surefire run selects this tag; {@link TestDatabase} provides the server): what reads
 * the data through the database, where H2 and PostgreSQL could differ (collation, case,
 * types, migrations).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(AlsoOnPostgres.TAG)
public @interface AlsoOnPostgres {

	/** The tag Surefire's PostgreSQL run selects (pom.xml). */
	String TAG = "postgres";

}
