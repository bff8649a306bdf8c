package com.careercompass.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import com.careercompass.system.format.Typography;
import com.jayway.jsonpath.JsonPath;
import com.careercompass.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
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
@AlsoOnPostgres
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

	/** A colon, then a capitalised word (not an acronym, not a quotation). */
	private static final Pattern CAPITAL_AFTER_COLON = Pattern.compile(":\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\d])");

	/** A letter or closing bracket directly before ; : ! ? or a letter before "(". */
	private static final Pattern GLUED = Pattern.compile(".{0,20}(?:[\\p{L})][;:!?]|\\p{L}\\().{0,20}");

	private static final Pattern YEAR_HYPHEN = Pattern.compile(".{0,20}(?:19|20)\\d\\d-(?:19|20)\\d\\d.{0,20}");

	@Autowired
	MockMvcTester mvc;

	private FrenchPages french;

	private FrenchPages french() {
		if (this.french == null) {
			this.french = new FrenchPages(this.mvc);
		}
		return this.french;
	}

	@Test
	void noPunctuationIsLeftAloneAtTheStartOfALine() {
		List<String> loose = new ArrayList<>();
		for (String path : this.french().pages()) {
			Matcher m = LOOSE.matcher(this.french().text(path));
			while (m.find()) {
				loose.add(path + ": «" + m.group() + "»");
			}
		}
		assertThat(loose).as("ordinary spaces before « : ; ! ? % » or inside « »").isEmpty();
	}

	@Test
	void oneKindOfApostrophe() {
		List<String> straight = new ArrayList<>();
		for (String path : this.french().pages()) {
			Matcher m = Pattern.compile(".{0,20}'.{0,20}").matcher(this.french().text(path));
			while (m.find()) {
				straight.add(path + ": " + m.group());
			}
		}
		assertThat(straight).isEmpty();
	}

	@Test
	void noEnglishIsLeftOnAFrenchPage() {
		List<String> english = new ArrayList<>();
		for (String path : this.french().pages()) {
			String text = this.french().text(path);
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

	/** Years joined by a hyphen: a range takes an en dash. */
	@Test
	void yearRangesTakeAnEnDash() {
		List<String> hyphens = new ArrayList<>();
		for (String path : this.french().pages()) {
			Matcher m = YEAR_HYPHEN.matcher(this.french().text(path));
			while (m.find()) {
				hyphens.add(path + ": " + m.group());
			}
		}
		assertThat(hyphens).isEmpty();
	}

	/**
	 * French takes a lower-case letter after a colon unless a name follows, or a
	 * quotation in guillemets ("Ingénieur ML : Logiciels autonomes…", "Caffe : Dernière
	 * version"). A name is a word the English page shows too: names are not translated.
	 */
	@Test
	void noCapitalAfterAColonButForANameOrAQuotation() throws Exception {
		List<String> capitals = new ArrayList<>();
		List<String> titles = this.french().articleTitles();
		for (String path : this.french().pages()) {
			Set<String> english = new HashSet<>(
					WORD.matcher(this.french().page(path, "en").text()).results().map(MatchResult::group).toList());
			for (String block : FrenchPages.untitled(this.french().blocks(path), titles)) {
				Matcher m = CAPITAL_AFTER_COLON.matcher(block);
				while (m.find()) {
					if (!english.contains(m.group(1))) {
						capitals.add(path + ": …"
								+ block.substring(Math.max(0, m.start() - 30), Math.min(block.length(), m.end() + 20))
								+ "…");
					}
				}
			}
		}
		assertThat(capitals).isEmpty();
	}

	/**
	 * A mark French spaces (; : ! ?) or a bracket glued to the word before it, as in a
	 * screen reader's "au travail(Python)" or "(AI Engineer):"; addresses and code are
	 * not running text.
	 */
	@Test
	void noMarkOrBracketIsGluedToAWord() {
		List<String> glued = new ArrayList<>();
		for (String path : this.french().pages()) {
			for (String block : this.french().blocks(path)) {
				Matcher m = GLUED.matcher(block);
				while (m.find()) {
					glued.add(path + ": …" + m.group() + "…");
				}
			}
		}
		assertThat(glued).isEmpty();
	}

	/**
	 * French writes a job in lower case mid-sentence ("le métier d’ingénieur ML", "de
	 * data scientist"); a name keeps its capitals where it starts a heading, a label or a
	 * sentence (a read-through once counted 21 "Ingénieur ML" mid-sentence).
	 */
	@Test
	void jobsAreWrittenInLowerCaseMidSentence() throws Exception {
		List<String> titles = this.french().articleTitles();
		String json = this.mvc.get().uri("/api/v1/roles?lang=fr").exchange().getResponse().getContentAsString();
		List<String> names = new ArrayList<>(JsonPath.read(json, "$[*].shortName"));
		Pattern midSentence = Pattern.compile("(?<=[\\p{Ll}\\d,’);] ?)(?<!\\. )("
				+ String.join("|", names.stream().map(Pattern::quote).toList()) + ")");
		List<String> capitals = new ArrayList<>();
		for (String path : this.french().pages()) {
			for (String block : FrenchPages.untitled(this.french().blocks(path), titles)) {
				Matcher m = midSentence.matcher(block);
				while (m.find()) {
					capitals.add(path + ": …"
							+ block.substring(Math.max(0, m.start() - 30), Math.min(block.length(), m.end() + 10))
							+ "…");
				}
			}
		}
		assertThat(capitals).isEmpty();
	}

	@Test
	void theChecksWouldCatchWhatAReaderFound() {
		assertThat(CAPITAL_AFTER_COLON.matcher("Ingénieur ML\u202F: Logiciels autonomes").find()).isTrue();
		assertThat(CAPITAL_AFTER_COLON.matcher("Ingénieur ML\u202F: logiciels autonomes").find()).isFalse();
		assertThat(CAPITAL_AFTER_COLON.matcher("approuvé\u202F: «\u202FJe programmerais\u202F»").find()).isFalse();
		assertThat(CAPITAL_AFTER_COLON.matcher("Langages\u202F: SQL, R").find()).isFalse();
		assertThat(GLUED.matcher("Je l’ai pratiqué au travail(Python)").find()).isTrue();
		assertThat(GLUED.matcher("Ingénieur IA (AI Engineer): le métier").find()).isTrue();
		assertThat(GLUED.matcher("Ingénieur IA (AI Engineer)\u202F: le métier").find()).isFalse();
		assertThat(YEAR_HYPHEN.matcher("de 2021-2031").find()).isTrue();
		assertThat(YEAR_HYPHEN.matcher("de 2021\u20132031").find()).isFalse();
		assertThat(LOOSE.matcher("Période : to 2027").find()).isTrue();
		assertThat(WORD.matcher("to 2027").results().map((r) -> r.group()).anyMatch(ENGLISH::contains)).isTrue();
		assertThat(LOOSE.matcher("Période\u202F: jusqu’en 2027").find()).isFalse();
	}

}
