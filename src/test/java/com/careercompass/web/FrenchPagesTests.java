package com.careercompass.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careercompass.support.Html;
import com.careercompass.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French pages read as French: typeset the French way, and with no English left in,
 * whether a text comes from a message bundle or from the data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrenchPagesTests {

	/**
	 * An ordinary or no-break space before a mark that takes a narrow one, or inside « ».
	 */
	private static final Pattern LOOSE = Pattern.compile(".{0,25}([ \\u00A0][:;!?%»]|«[ \\u00A0]).{0,25}");

	/**
	 * Words that only English uses: one of them in French running text means a text was
	 * left untranslated ("Période : to 2027").
	 */
	private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "with", "since", "from", "for", "by",
			"is", "are", "this", "that", "your", "you", "what", "which", "in", "at", "it", "be", "will", "can", "than",
			"only", "each", "not", "there", "their", "how", "why", "when", "all", "more", "most");

	/**
	 * Names that stay in English in French text: reports, surveys and the roles' English
	 * titles.
	 */
	private static final List<String> NAMES = List.of("Future of Jobs", "Technology Trends Outlook", "US Emerging Jobs",
			"Jobs and AI Anxiety", "Bureau of Labor Statistics", "Economic Research Institute",
			"Centre for Economic Policy Research", "Machine Learning Engineer", "Tata Consultancy Services",
			"Creative Commons Attribution", "CC BY");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern YEAR_HYPHEN = Pattern.compile(".{0,20}(?:19|20)\\d\\d-(?:19|20)\\d\\d.{0,20}");

	@Autowired
	MockMvcTester mvc;

	@Test
	void noPunctuationIsLeftAloneAtTheStartOfALine() {
		List<String> loose = new ArrayList<>();
		for (String path : pages()) {
			Matcher m = LOOSE.matcher(text(path));
			while (m.find()) {
				loose.add(path + ": «" + m.group() + "»");
			}
		}
		assertThat(loose).as("ordinary spaces before « : ; ! ? % » or inside « »").isEmpty();
	}

	@Test
	void oneKindOfApostrophe() {
		List<String> straight = new ArrayList<>();
		for (String path : pages()) {
			Matcher m = Pattern.compile(".{0,20}'.{0,20}").matcher(text(path));
			while (m.find()) {
				straight.add(path + ": " + m.group());
			}
		}
		assertThat(straight).isEmpty();
	}

	@Test
	void noEnglishIsLeftOnAFrenchPage() {
		List<String> english = new ArrayList<>();
		for (String path : pages()) {
			String text = text(path);
			for (String name : NAMES) {
				text = text.replace(name, " ");
			}
			Matcher m = WORD.matcher(text);
			while (m.find()) {
				if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
					english.add(path + ": …"
							+ text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)) + "…");
				}
			}
		}
		assertThat(english).isEmpty();
	}

	/** Years joined by a hyphen: a range takes an en dash (issue 25). */
	@Test
	void yearRangesTakeAnEnDash() {
		List<String> hyphens = new ArrayList<>();
		for (String path : pages()) {
			Matcher m = YEAR_HYPHEN.matcher(text(path));
			while (m.find()) {
				hyphens.add(path + ": " + m.group());
			}
		}
		assertThat(hyphens).isEmpty();
	}

	@Test
	void theChecksWouldCatchWhatAReaderFound() {
		assertThat(YEAR_HYPHEN.matcher("de 2021-2031").find()).isTrue();
		assertThat(YEAR_HYPHEN.matcher("de 2021\u20132031").find()).isFalse();
		assertThat(LOOSE.matcher("Période : to 2027").find()).isTrue();
		assertThat(WORD.matcher("to 2027").results().map((r) -> r.group()).anyMatch(ENGLISH::contains)).isTrue();
		assertThat(LOOSE.matcher("Période\u202F: jusqu’en 2027").find()).isFalse();
	}

	private List<String> pages() {
		List<String> pages = new ArrayList<>(Pages.ALL);
		pages.addAll(List.of("/sources", "/error"));
		return pages;
	}

	/** The page's text in French, without the parts marked as another language. */
	private String text(String path) {
		Document page = Html.parse(this.mvc.get()
			.uri(path + (path.contains("?") ? "&" : "?") + "lang=fr")
			.accept(MediaType.TEXT_HTML)
			.exchange());
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
