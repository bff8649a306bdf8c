package com.careercompass.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A "learn first" link opens the profile with the way back to the result that sent the
 * reader there, beside every skill (the page shows the one landed on); only this site's
 * result addresses are accepted.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class ProfileBackLinkTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aLearnFirstLinkFromASkillsCheckResultLeadsBackToIt() {
		Document result = page("/skills-check/result?v=3&have=2.7&lang=en");
		String href = result.select("section.learn-role .route-step a.step-title").first().attr("href");
		assertThat(href).startsWith("/learn/").contains("role=machine-learning-engineer");
		String back = URLDecoder.decode(href.substring(href.indexOf("back=") + 5), StandardCharsets.UTF_8);
		assertThat(back).isEqualTo("/skills-check/result?v=3&have=2.7");
		// the skill's page: where to start, a piece of work, and the way back
		Document learn = Html.parse(exchange(this.mvc.get().uri(java.net.URI.create(href + "&lang=en"))));
		assertThat(learn.select("#start-heading").text()).isEqualTo("Where to start");
		assertThat(learn.select("a.start-link").attr("href")).startsWith("http");
		assertThat(learn.select(".proof").text()).isNotBlank();
		assertThat(learn.select("main a.action").attr("href")).isEqualTo(back + "&lang=en");
		// and from it, the role's profile at that skill, with the same way back
		String onProfile = learn.select("main .next-links a[href^=/roles/]").attr("href");
		String skill = onProfile.substring(onProfile.indexOf('#') + 1);
		Document profile = profile("machine-learning-engineer", back, "en");
		assertThat(profile.select("#" + skill + " a.skill-back").attr("href")).isEqualTo(back + "&lang=en");
		assertThat(profile.select("#" + skill + " a.skill-back").text()).isEqualTo("← Back to your skills check");
		assertThat(profile.select("li[id^=skill-]"))
			.allSatisfy((li) -> assertThat(li.select("a.skill-back")).hasSize(1));
		assertThat(profile.select("link[rel=canonical]").attr("href")).as("one address for search engines")
			.endsWith("/roles/machine-learning-engineer?lang=en");
	}

	@Test
	void eachKindOfResultNamesItselfInBothLanguages() {
		assertThat(backText("/quiz/result?v=2&production=5", "en")).isEqualTo("← Back to your quiz result");
		assertThat(backText("/quiz/result?v=2&production=5", "fr")).isEqualTo("← Retour au résultat de votre quiz");
		assertThat(backText("/plan?quiz=2&production=5", "en")).isEqualTo("← Back to your plan");
		assertThat(backText("/plan?quiz=2&production=5", "fr")).isEqualTo("← Retour à votre plan");
		assertThat(backText("/skills-check/result?v=3&have=1", "fr"))
			.isEqualTo("← Retour au point sur vos compétences");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/quiz/result", "//evil.example/plan", "javascript:alert(1)",
			"/quiz/result?v=2&x=<script>", "/roles/data-scientist", "/plan/../admin", "/quiz/result?v=2#x",
			"/quiz/resultX", " /plan" })
	void anythingButAResultOfThisSiteIsIgnoredAndTheProfileShowsAsUsual(String back) {
		Document profile = profile("data-scientist", back, "en");
		assertThat(profile.select("a.skill-back")).isEmpty();
		assertThat(profile.select("h1").text()).isEqualTo("Data Scientist");
	}

	@Test
	void anOverlongWayBackIsIgnored() {
		String back = "/plan?quiz=2&" + "a".repeat(3000);
		assertThat(profile("data-scientist", back, "en").select("a.skill-back")).isEmpty();
	}

	private String backText(String back, String lang) {
		return profile("data-scientist", back, lang).select("a.skill-back").first().text();
	}

	/** A profile with a way back (the address encoded once, as a browser sends it). */
	private Document profile(String slug, String back, String lang) {
		return Html.parse(exchange(this.mvc.get().uri("/roles/{slug}?back={back}&lang={lang}", slug, back, lang)));
	}

	private Document page(String path) {
		return Html.parse(exchange(this.mvc.get().uri(path)));
	}

	private MvcTestResult exchange(MockMvcTester.MockMvcRequestBuilder request) {
		MvcTestResult result = request.accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

}
