package com.careercompass.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses a MockMvc response as the HTML page a browser would get. */
public final class Html {

	private Html() {
	}

	/**
	 * Asks for a page as a browser does and parses it, once its status is the one
	 * expected.
	 * @param mvc the slice or application
	 * @param status the status the page must have
	 * @param uri the address, a URI template
	 * @param variables the template's values, encoded as a browser would
	 * @return the page
	 */
	public static Document get(MockMvcTester mvc, HttpStatus status, String uri, Object... variables) {
		MvcTestResult result = mvc.get().uri(uri, variables).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).hasStatus(status);
		return parse(result);
	}

	public static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
