package com.careercompass.jobad;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.careercompass.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job-ad reader as a reader uses it: paste an ad, get a result whose address holds no
 * text of it, share it in either language, tick skills against it; errors keep what was
 * typed; the CV path opens the skills check ticked; the API answers the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class JobAdWebTests {

	/**
	 * A word that can only come from the ad: it must never appear in an address or a log.
	 */
	private static final String MARKER = "Quokkaflux";

	private static final String AD = """
			Data Scientist
			At Quokkaflux you will put our fraud models into production: package them with Docker, deploy \
			them on Kubernetes, set up monitoring of latency, and retrain them when data drift appears. \
			Python and C++ on GPU. You will work with Airflow.""";

	@Autowired
	MockMvcTester mvc;

	@Test
	void anAdIsReadAndAnsweredWithAnAddressThatHoldsNoneOfItsText(CapturedOutput output) {
		MvcTestResult posted = post("/job-ad", "text=" + enc(AD));
		assertThat(posted).hasStatus(HttpStatus.SEE_OTHER);
		String location = posted.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).startsWith("/job-ad/result?v=1&t=").doesNotContainIgnoringCase(MARKER);
		for (String word : AD.split("\\W+")) {
			if (word.length() > 3) {
				assertThat(UriUtils.decode(location, StandardCharsets.UTF_8)).as(word).doesNotContainIgnoringCase(word);
			}
		}
		Document en = page(location + "&lang=en", HttpStatus.OK);
		assertThat(en.select("h1").text()).isEqualTo("This ad clearly describes ML Engineer work");
		assertThat(en.select(".title-callout").text()).startsWith("Titled Data Scientist, but the work it describes");
		assertThat(en.select(".jobad-found").text()).contains("Kubernetes", "Docker", "not in our lists", "Airflow")
			.doesNotContain(MARKER);
		assertThat(en.select("form[method=post]")).as("the result never posts the ad again").isEmpty();
		Document fr = page(location + "&lang=fr", HttpStatus.OK);
		assertThat(fr.select("h1").text()).isEqualTo("Cette annonce décrit clairement le métier d’ingénieur ML");
		assertThat(fr.select("html").attr("lang")).isEqualTo("fr");
		assertThat(output.getAll()).as("no log line holds the ad").doesNotContain(MARKER);
	}

	@Test
	void theReaderTicksTheirSkillsAgainstTheAdAndSeesWhatToLearnFirst() {
		String location = post("/job-ad", "text=" + enc(AD)).getResponse().getHeader(HttpHeaders.LOCATION);
		Document untouched = page(location + "&lang=en", HttpStatus.OK);
		List<String> codes = untouched.select(".fit-form input[name=have]").eachAttr("value");
		assertThat(codes).hasSizeGreaterThan(2);
		MvcTestResult ticked = this.mvc.get()
			.uri(location + "&skills=3&have=" + codes.get(0) + "&have=" + codes.get(1) + "&lang=en")
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(ticked).as("one value per box becomes one address").hasStatus(HttpStatus.SEE_OTHER);
		String canonical = ticked.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(canonical).contains("&skills=3&have=");
		Document result = page(canonical + "&lang=en", HttpStatus.OK);
		assertThat(result.select(".fit-line").text())
			.isEqualTo("You have 2 of the %d skills this ad asks for.".formatted(codes.size()));
		assertThat(result.select(".jobad-fit .route-step")).as("the gaps, with a place to start").isNotEmpty();
		assertThat(result.select(".jobad-fit .route-step .step-title").eachText())
			.doesNotContain(untouched.select("label[for=have-" + codes.get(0) + "]").text());
	}

	@Test
	void anEmptyOrWordlessTextIsA400ThatKeepsWhatWasTypedAndALongOneA413NamingTheLimit() {
		MvcTestResult blank = post("/job-ad?lang=fr", "text=" + enc("   ---   "));
		assertThat(blank).hasStatus(HttpStatus.BAD_REQUEST);
		Document kept = Html.parse(blank);
		assertThat(kept.select("textarea").text()).isEqualTo("---");
		assertThat(kept.select("#error").text()).contains("aucun mot");
		String longAd = "Python and SQL. ".repeat(1_300);
		MvcTestResult tooLong = post("/job-ad?lang=en", "text=" + enc(longAd));
		assertThat(tooLong).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		Document page = Html.parse(tooLong);
		assertThat(page.select("#error").text()).contains("20,800", "20,000");
		assertThat(page.select("textarea").text()).hasSize(longAd.strip().length());
		assertThat(tooLong.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		MvcTestResult emptyCv = post("/skills-check/from-cv?lang=en", "text=");
		assertThat(emptyCv).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Html.parse(emptyCv).select("#error").text()).contains("no words");
	}

	@Test
	void aDamagedLinkIsTheLocalized400() {
		for (String query : List.of("v=2&t=1", "t=1", "v=1&t=zzzz", "v=1&t=5.3", "v=1&t=1&t=2", "v=1&t=!",
				"v=1&t=1&skills=3&have=zz")) {
			MvcTestResult result = this.mvc.get()
				.uri("/job-ad/result?" + query + "&lang=fr")
				.accept(MediaType.TEXT_HTML)
				.exchange();
			assertThat(result).as(query).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(Html.parse(result).select("h1").text()).as(query)
				.isEqualTo("Ce lien vers une annonce lue ne fonctionne pas");
		}
	}

	@Test
	void aCvOpensTheSkillsCheckWithWhatItNamesTicked() {
		MvcTestResult posted = post("/skills-check/from-cv",
				"text=" + enc("Five years of Python and SQL, dashboards in Tableau. I like Wombatrix."));
		assertThat(posted).hasStatus(HttpStatus.SEE_OTHER);
		String location = posted.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).startsWith("/skills-check/from-cv/result?v=1&t=").doesNotContain("Wombatrix");
		Document found = page(location + "&lang=en", HttpStatus.OK);
		assertThat(found.select(".found-list strong").eachText()).containsExactlyInAnyOrder("Python",
				"SQL and other query languages", "Data visualisation");
		assertThat(found.select(".found-list li").text()).contains("Tableau").contains("dashboards");
		String open = found.select(".hero-actions a.action-primary").attr("href");
		assertThat(open).startsWith("/skills-check?have=");
		Document form = page(open + "&lang=en", HttpStatus.OK);
		assertThat(form.select("input[name=have][checked]")).hasSize(3);
	}

	@Test
	void theApiReadsTheSameAdWithItsOwnWords() {
		String json = "{\"text\": " + quoted(AD) + ", \"have\": \"1\"}";
		MvcTestResult api = this.mvc.post()
			.uri("/api/v1/job-ad?lang=en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
		assertThat(api).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(api.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(api).bodyJson().extractingPath("$.role").isEqualTo("machine-learning-engineer");
		assertThat(api).bodyJson().extractingPath("$.titled").isEqualTo("data-scientist");
		assertThat(api).bodyJson().extractingPath("$.misleadingTitle").isEqualTo(true);
		assertThat(api).bodyJson().extractingPath("$.skills[*].words").asArray().contains("Kubernetes", "Docker");
		assertThat(api).bodyJson().extractingPath("$.unlisted[0].words").isEqualTo("Airflow");
		assertThat(api).bodyJson().extractingPath("$.coverage.have").isEqualTo(1);
		assertThat(api).bodyJson()
			.extractingPath("$.resultPage")
			.asString()
			.startsWith("http://localhost/job-ad/result?v=1&t=");
		assertThat(this.mvc.post()
			.uri("/api/v1/job-ad")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \" \"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.post()
			.uri("/api/v1/job-ad")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + "ab ".repeat(7_000) + "\"}")).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(this.mvc.post()
			.uri("/api/v1/job-ad")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Python\", \"have\": \"zz.1\"}")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private MvcTestResult post(String uri, String body) {
		return this.mvc.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.TEXT_HTML)
			.content(body)
			.exchange();
	}

	private Document page(String uri, HttpStatus status) {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(uri).hasStatus(status);
		return Html.parse(result);
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
