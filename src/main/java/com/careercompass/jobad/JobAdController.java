package com.careercompass.jobad;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.careercompass.skills.SkillsCheckService;
import com.careercompass.skills.Ticks;
import com.careercompass.system.web.CachedPage;
import com.careercompass.system.web.ReadsQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Read a job ad (docs/job-ad.md), and tick a skills check from a CV. A pasted text is
 * read from the request's body for that request only and answered with a redirect to an
 * address that holds what was recognised, never the text: refresh and the back button do
 * not post it again, and nothing of it reaches a log, the page cache or an address.
 */
@Controller
@ReadsQuery(formats = JobAdService.class)
class JobAdController {

	private static final String TEXT = "text";

	private final JobAdService ads;

	JobAdController(JobAdService ads) {
		this.ads = ads;
	}

	@CachedPage
	@GetMapping(JobAdService.FORM_PATH)
	String form(HttpServletRequest request, Model model) {
		model.addAttribute("have", this.ads.formTicks(request.getParameterMap()));
		model.addAttribute("text", "");
		return "jobad/form";
	}

	@PostMapping(path = JobAdService.FORM_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Nullable String read(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		Map<String, String[]> form = form(request);
		Ticks have = this.ads.formTicks(form);
		String text = first(form, TEXT);
		try {
			AdReading reading = this.ads.read(text);
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, AdAddress.resultPath(reading, have));
			return null;
		}
		catch (AdTextException ex) {
			return refused(ex, (text != null) ? text : "", have, response, model, "jobad/form");
		}
	}

	@CachedPage
	@GetMapping(JobAdService.RESULT_PATH)
	@Nullable String result(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		String[] ticked = request.getParameterValues(AdAddress.HAVE);
		if (ticked != null && ticked.length > 1) {
			// The tick form sends one value per box: the result's address has them in
			// one.
			Map<String, String[]> params = new HashMap<>(request.getParameterMap());
			params.put(AdAddress.HAVE, new String[] { this.ads.joinedHave(ticked) });
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, AdAddress.of(params));
			return null;
		}
		JobAdService.Result result;
		try {
			result = this.ads.result(request.getParameterMap(), request.getQueryString());
		}
		catch (InvalidAdLinkException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "jobad/invalid";
		}
		JobAdView view = this.ads.view(result, locale);
		model.addAttribute("ad", view);
		model.addAttribute("canonical", view.sharePath());
		return "jobad/result";
	}

	@CachedPage
	@GetMapping(JobAdService.CV_PATH)
	String cvForm(Model model) {
		model.addAttribute("text", "");
		return "jobad/cv";
	}

	@ReadsQuery // its form's text, from the body
	@PostMapping(path = JobAdService.CV_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Nullable String cvRead(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		String text = first(form(request), TEXT);
		try {
			AdReading reading = this.ads.read(text);
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, AdAddress.cvResultPath(reading));
			return null;
		}
		catch (AdTextException ex) {
			return refused(ex, (text != null) ? text : "", null, response, model, "jobad/cv");
		}
	}

	@CachedPage
	@ReadsQuery({ AdAddress.V, AdAddress.TERMS })
	@GetMapping(JobAdService.CV_RESULT_PATH)
	String cvResult(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		try {
			JobAdService.Result result = this.ads.result(request.getParameterMap(), request.getQueryString());
			CvView view = CvView.of(this.ads.catalog(), result.reading(), locale);
			model.addAttribute("cv", view);
			model.addAttribute("canonical", AdAddress.cvResultPath(result.reading()));
			return "jobad/cv-result";
		}
		catch (InvalidAdLinkException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "jobad/invalid";
		}
	}

	/**
	 * The form again, with what was typed: 400 for a text with no words, 413 for one over
	 * the limit (the page names it). Never kept by a cache.
	 */
	private static String refused(AdTextException ex, String text, @Nullable Ticks have, HttpServletResponse response,
			Model model, String view) {
		response.setStatus(ex.tooLong() ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("text", text);
		model.addAttribute("have", have);
		model.addAttribute("error", ex.tooLong() ? "tooLong" : "empty");
		model.addAttribute("length", text.length());
		model.addAttribute("max", JobAdService.MAX_CHARS);
		return view;
	}

	/**
	 * The form's fields, from the body the request limits read in full (the container's
	 * own form parsing is off).
	 */
	private static Map<String, String[]> form(HttpServletRequest request) throws IOException {
		String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
		Map<String, String[]> fields = new HashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			String name = decode((eq < 0) ? pair : pair.substring(0, eq));
			String value = (eq < 0) ? "" : decode(pair.substring(eq + 1));
			if (name != null && value != null && !name.isEmpty()) {
				fields.merge(name, new String[] { value }, (a, b) -> {
					String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
					System.arraycopy(b, 0, all, a.length, b.length);
					return all;
				});
			}
		}
		return fields;
	}

	private static @Nullable String decode(String encoded) {
		try {
			return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String first(Map<String, String[]> form, String name) {
		String[] values = form.get(name);
		return (values != null && values.length == 1) ? values[0] : null;
	}

	/** The skills check's form path, for the CV result's button. */
	static String skillsForm(Ticks ticks) {
		return SkillsCheckService.formPath(ticks, null);
	}

}
