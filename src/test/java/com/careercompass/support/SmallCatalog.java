package com.careercompass.support;

import com.careercompass.career.CatalogService;
import com.careercompass.career.TestCatalogs;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The catalog of a web slice: {@link TestCatalogs#small()} (two full roles and a partial
 * one), in place of the one read from the database; ready before the context starts, as
 * some features read it then.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SmallCatalog {

	@Bean
	CatalogService catalogService() {
		CatalogService catalogs = mock(CatalogService.class);
		given(catalogs.catalog()).willReturn(TestCatalogs.small());
		return catalogs;
	}

}
