package com.careercompass.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Parses a MockMvc response as the HTML page a browser would get. */
public final class Html {

	private Html() {
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
