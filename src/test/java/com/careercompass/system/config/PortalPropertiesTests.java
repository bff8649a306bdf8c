package com.careercompass.system.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's settings: each default written once, in {@link PortalProperties}, and a
 * bad value stops the start with the setting's name.
 */
class PortalPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void withNothingSetTheDefaultsApply() {
		this.runner.run((context) -> {
			PortalProperties p = context.getBean(PortalProperties.class);
			assertThat(p.baseUrl()).isEmpty();
			assertThat(p.limits().bodySize()).isEqualTo(DataSize.ofKilobytes(16));
			assertThat(p.limits().bodyDeadline()).isEqualTo(Duration.ofSeconds(10));
			assertThat(p.limits().bodyReaders()).isEqualTo(8);
			assertThat(p.limits().renders()).isEqualTo(2);
			assertThat(p.limits().renderQueue()).isEqualTo(32);
			assertThat(p.limits().renderWait()).isEqualTo(Duration.ofSeconds(5));
			assertThat(p.pageCache().enabled()).isTrue();
			assertThat(p.pageCache().maxSize()).isEqualTo(DataSize.ofMegabytes(16));
			assertThat(p.pageCache().maxEntries()).isEqualTo(2048);
			assertThat(p.health().databaseInterval()).isEqualTo(Duration.ofSeconds(2));
		});
	}

	@Test
	void aSettingIsBoundFromItsName() {
		this.runner
			.withPropertyValues("portal.base-url=https://careers.example/portal", "portal.limits.body-size=32KB",
					"portal.page-cache.enabled=false")
			.run((context) -> {
				PortalProperties p = context.getBean(PortalProperties.class);
				assertThat(p.baseUrl()).isEqualTo("https://careers.example/portal");
				assertThat(p.limits().bodySize()).isEqualTo(DataSize.ofKilobytes(32));
				assertThat(p.pageCache().enabled()).isFalse();
			});
	}

	@Test
	void aBaseUrlThatIsNotAnAbsoluteHttpAddressStopsTheStart() {
		for (String bad : new String[] { "careers.example", "ftp://careers.example", "https://careers.example/?x=1",
				"https://careers example", "https:///path" }) {
			this.runner.withPropertyValues("portal.base-url=" + bad).run((context) -> {
				assertThat(context).as(bad).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.as(bad)
					.hasMessageContaining("portal.base-url must be an absolute http(s) address");
			});
		}
	}

	@Test
	void aLimitOutOfRangeStopsTheStartNamingIt() {
		this.runner.withPropertyValues("portal.limits.renders=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("limits.renders");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PortalProperties.class)
	static class Settings {

	}

}
