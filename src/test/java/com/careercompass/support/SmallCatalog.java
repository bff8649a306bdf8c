package com.careercompass.support;

import com.careercompass.learning.LearningData;
import com.careercompass.learning.LearningService;

import com.careercompass.career.CatalogService;
import com.careercompass.career.TestCatalogs;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The catalog of a web slice: {@link TestCatalogs#small()} (two full roles and a partial
 * one), and the learning route over it, in place of the ones read from the database;
 * ready before the context starts, as some features read it then.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SmallCatalog {

	@Bean
	CatalogService catalogService() {
		CatalogService catalogs = mock(CatalogService.class);
		given(catalogs.catalog()).willReturn(TestCatalogs.small());
		return catalogs;
	}

	/** The learning route over the small catalog, with no editorial data of its own. */
	@Bean
	LearningService learningService(CatalogService catalogs) {
		return LearningService.of(catalogs, LearningData.plain(catalogs.catalog()));
	}

}
