package com.careercompass.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.careercompass.system.config.PortalProperties;
import com.careercompass.system.language.LanguageConfig;
import com.careercompass.system.web.BaseUrl;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import com.careercompass.system.error.ProblemTexts;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice of one feature's controller (not every web test needs the whole
 * application): the MVC layer with the portal's own filters and advice, the language and
 * layout support every page renders with, the settings, and {@link SmallCatalog} instead
 * of the database. A test adds the feature's declared parameters with {@code @Import}:
 * the canonical request lets nothing else through, as in the application. The edge is the
 * application's ({@code EdgeConfig}: every filter in its place, Spring Security's
 * included).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ LanguageConfig.class, BaseUrl.class, SmallCatalog.class, ProblemTexts.class,
		com.careercompass.system.edge.EdgeConfig.class, com.careercompass.system.error.BusyPage.class })
@org.springframework.boot.autoconfigure.ImportAutoConfiguration({
		org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
		org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class })
@EnableConfigurationProperties(PortalProperties.class)
public @interface PageSlice {

	/**
	 * The controllers under test.
	 * @return their classes
	 */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
