package com.careercompass.system.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's own settings ({@code portal.*}), bound and checked at start: a bad value
 * stops the application with the setting's name, before it serves anything. Each default
 * is written here once; the configuration processor describes them to IDEs
 * ({@code META-INF/spring-configuration-metadata.json}); docs/operations.md lists them.
 *
 * @param baseUrl the public address for absolute links ({@code canonical},
 * {@code hreflang}, the API's {@code resultPage}, the OpenAPI server), never taken from
 * the request's {@code Host} or forwarded headers; empty: {@code http://localhost:PORT}
 * @param limits what one request may take
 * @param pageCache rendered pages kept in memory
 * @param health the background database check
 */
@ConfigurationProperties("portal")
@Validated
public record PortalProperties(@DefaultValue("") String baseUrl, @Valid @DefaultValue Limits limits,
		@Valid @DefaultValue PageCache pageCache, @Valid @DefaultValue Health health) {

	/**
	 * An absolute http(s) address without query or fragment, or nothing.
	 * @return whether {@link #baseUrl} is usable
	 */
	@AssertTrue(message = "portal.base-url must be an absolute http(s) address without query or fragment, "
			+ "e.g. https://careers.example")
	public boolean isBaseUrlAbsolute() {
		if (this.baseUrl.isBlank()) {
			return true;
		}
		try {
			URI uri = new URI(this.baseUrl.trim());
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getRawQuery() == null && uri.getRawFragment() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * What one request may take.
	 *
	 * @param bodySize the largest JSON body the API reads
	 * @param bodyDeadline how long a body may take to arrive
	 * @param bodyReaders bodies read at once
	 * @param renders responses rendered at once (pages not cached yet, the API)
	 * @param renderQueue how many more may wait for a turn
	 * @param renderWait how long one waits before a 503 with {@code Retry-After}
	 * @param textBodySize the largest body of the addresses that read a pasted text (a
	 * job ad or a CV of up to 20,000 characters, form-encoded or as JSON)
	 * @param textBodyPaths those addresses (POST only)
	 */
	public record Limits(@NotNull @DefaultValue("16KB") DataSize bodySize,
			@NotNull @DefaultValue("10s") Duration bodyDeadline, @Min(1) @DefaultValue("8") int bodyReaders,
			@Min(1) @DefaultValue("2") int renders, @Min(0) @DefaultValue("32") int renderQueue,
			@NotNull @DefaultValue("5s") Duration renderWait, @NotNull @DefaultValue("160KB") DataSize textBodySize,
			@NotNull @DefaultValue( {
					"/job-ad", "/skills-check/from-cv",
					com.careercompass.system.web.ApiPaths.V1 + "/job-ad" }) java.util.List<String> textBodyPaths){
	}

	/**
	 * Rendered pages kept in memory.
	 *
	 * @param enabled whether pages are kept
	 * @param maxSize the memory they may take
	 * @param maxEntries how many
	 */
	public record PageCache(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("16MB") DataSize maxSize,
			@Min(1) @Max(1_000_000) @DefaultValue("2048") int maxEntries) {
	}

	/**
	 * The background check of the database.
	 *
	 * @param databaseInterval how often it runs (never on a request's thread)
	 */
	public record Health(@NotNull @DefaultValue("2s") Duration databaseInterval) {
	}

}
