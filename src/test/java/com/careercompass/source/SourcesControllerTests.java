package com.careercompass.source;

import java.util.List;
import java.util.stream.IntStream;

import com.careercompass.career.CatalogService;
import com.careercompass.career.Source;
import com.careercompass.career.TestCatalogs;
import com.careercompass.support.Html;
import com.careercompass.system.config.PortalProperties;
import com.careercompass.system.language.LanguageConfig;
import com.careercompass.system.web.BaseUrl;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The sources page as a web slice (issue 26: not every web test needs the whole
 * application): only the MVC layer, the language and layout support it renders with, and
 * a small hand-made catalog instead of the database.
 */
@WebMvcTest(SourcesController.class)
@Import({ SourceDigests.class, LanguageConfig.class, BaseUrl.class })
@EnableConfigurationProperties(PortalProperties.class)
class SourcesControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CatalogService catalogs;

	@BeforeEach
	void smallCatalog() {
		given(this.catalogs.catalog()).willReturn(TestCatalogs.small());
	}

	@Test
	void listsEverySourceOfTheCatalogNumberedInOrder() {
		Document page = Html.parse(this.mvc.get().uri("/sources?lang=en").accept(MediaType.TEXT_HTML).exchange());
		List<String> ids = TestCatalogs.small().sources().stream().map(Source::id).toList();
		assertThat(page.select("article.source").eachAttr("id")).containsExactlyElementsOf(ids);
		assertThat(page.select("article.source .source-number").eachText())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, ids.size()).mapToObj((n) -> "[" + n + "]").toList());
		assertThat(page.select("article.source h2").first().text()).endsWith("Article A");
	}

	@Test
	void inFrenchTheTitleIsTheFrenchOneTypesetTheFrenchWay() {
		Document page = Html.parse(this.mvc.get().uri("/sources?lang=fr").accept(MediaType.TEXT_HTML).exchange());
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("article.source h2").first().text()).endsWith("Article A fr");
	}

}
