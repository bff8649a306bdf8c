package com.careercompass.source;

import java.util.List;
import java.util.stream.IntStream;

import com.careercompass.career.Source;
import com.careercompass.career.TestCatalogs;
import com.careercompass.support.Html;
import com.careercompass.support.PageSlice;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources page as a web slice (not every web test needs the whole application): only
 * the MVC layer, the language and layout support it renders with, and a small hand-made
 * catalog instead of the database.
 */
@PageSlice(SourcesController.class)
@Import(SourceDigests.class)
class SourcesControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsEverySourceOfTheCatalogNumberedInOrder() {
		Document page = Html.get(this.mvc, HttpStatus.OK, "/sources?lang=en");
		List<String> ids = TestCatalogs.small().sources().stream().map(Source::id).toList();
		assertThat(page.select("article.source").eachAttr("id")).containsExactlyElementsOf(ids);
		assertThat(page.select("article.source .source-number").eachText())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, ids.size()).mapToObj((n) -> "[" + n + "]").toList());
		assertThat(page.select("article.source h2").first().text()).endsWith("Article A");
	}

	@Test
	void inFrenchTheTitleIsTheFrenchOneTypesetTheFrenchWay() {
		Document page = Html.get(this.mvc, HttpStatus.OK, "/sources?lang=fr");
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("article.source h2").first().text()).endsWith("Article A fr");
	}

}
