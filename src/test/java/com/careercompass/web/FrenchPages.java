package com.careercompass.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import com.careercompass.support.Html;
import com.careercompass.support.Pages;
import com.careercompass.system.format.Typography;
import com.jayway.jsonpath.JsonPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The French pages as {@link FrenchPagesTests} reads them: every page a reader can reach,
 * each rendered once, its running text block by block with what is read out rather than
 * shown, and the articles' own titles.
 */
class FrenchPages {

	private static final Map<String, Document> RENDERED = new ConcurrentHashMap<>();

	private final MockMvcTester mvc;

	FrenchPages(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	List<String> pages() {
		List<String> pages = new ArrayList<>(Pages.ALL);
		pages.addAll(List.of("/sources", "/error"));
		return pages;
	}

	/**
	 * The blocks with the articles' own titles taken out: they are the authors' words.
	 */
	static List<String> untitled(List<String> blocks, List<String> titles) {
		return blocks.stream().map((block) -> {
			String text = block;
			for (String title : titles) {
				text = text.replace(title, " ");
			}
			return text;
		}).toList();
	}

	/** The articles' own titles, which keep the capitals their authors gave them. */
	List<String> articleTitles() throws Exception {
		String json = this.mvc.get().uri("/api/v1/sources?lang=fr").exchange().getResponse().getContentAsString();
		List<String> titles = JsonPath.read(json, "$[*].titleFr");
		return titles.stream().filter(Objects::nonNull).map(Typography::french).toList();
	}

	/**
	 * The page, rendered once for all the checks of this class (a copy each time: the
	 * checks remove parts of it).
	 */
	Document page(String path, String language) {
		return RENDERED.computeIfAbsent(path + " " + language,
				(key) -> Html.parse(this.mvc.get()
					.uri(path + (path.contains("?") ? "&" : "?") + "lang=" + language)
					.accept(MediaType.TEXT_HTML)
					.exchange()))
			.clone();
	}

	/**
	 * The French page's running text, block by block (a heading, a paragraph, a list
	 * item, a cell), hidden labels included, each its own block; a quotation ({@code
	 *
	<q>}) in the guillemets it is shown with; addresses and code left out.
	 */
	List<String> blocks(String path) {
		Document page = page(path, "fr");
		page.select("[lang]:not(html)").forEach((e) -> {
			if (!e.attr("lang").startsWith("fr")) {
				e.remove();
			}
		});
		page.select("code, pre, script, style").remove();
		page.select("q").forEach((q) -> q.prependText("« ").appendText(" »"));
		StringBuilder out = new StringBuilder(page.title()).append('\n');
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					out.append(text.text());
				}
				else if (node instanceof Element e) {
					if (breaks(e)) {
						out.append('\n');
					}
					for (String attribute : List.of("aria-label", "title", "alt")) {
						if (e.hasAttr(attribute)) {
							out.append('\n').append(e.attr(attribute)).append('\n');
						}
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element e && breaks(e)) {
					out.append('\n');
				}
			}
		}, page.body());
		return out.toString().lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	/**
	 * An element that stands apart from its neighbours: a block, a choice, a label in a
	 * picture.
	 */
	private static boolean breaks(Element e) {
		return e.isBlock() || e.nameIs("option") || e.nameIs("text") || e.nameIs("br");
	}

	/** The page's text in French, without the parts marked as another language. */
	String text(String path) {
		Document page = page(path, "fr");
		// the quiz's answer marks (−− − ○ + ++ ?) are symbols in no language, each alone
		// in
		// its box
		page.select(".scale-mark").remove();
		page.select("[lang]:not(html)").forEach((e) -> {
			if (!e.attr("lang").startsWith("fr")) {
				e.remove();
			}
		});
		// and what is read out rather than shown: accessible names, titles, alternatives
		StringBuilder hidden = new StringBuilder();
		page.body()
			.select("[aria-label], [title], [alt]")
			.forEach((e) -> hidden.append('\n')
				.append(e.attr("aria-label"))
				.append('\n')
				.append(e.attr("title"))
				.append('\n')
				.append(e.attr("alt")));
		return page.title() + "\n" + page.body().text() + hidden;
	}

}
