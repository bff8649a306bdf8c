package com.careercompass.jobad;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading is bounded and linear in the text (docs/results/job-ad-reading.md): a
 * 20,000-character ad made of the evaluation set's ads, read 300 times after a warm-up;
 * its 99th percentile is bounded, and a text ten times longer takes at most about ten
 * times as long (a quadratic matcher would take a hundred).
 */
@SpringBootTest
// MockMvc unused: the annotation makes this class share the web tests' context
@AutoConfigureMockMvc
class JobAdTimingTests {

	/**
	 * The bound on the 99th percentile of one 20,000-character read, on a noisy machine.
	 */
	static final long P99_BOUND_MS = 100;

	@Autowired
	JobAdService ads;

	@Test
	void aLongAdIsReadInBoundedLinearTime() throws Exception {
		StringBuilder text = new StringBuilder();
		for (Map<String, Object> ad : JobAdEvaluationTests.set("evaluation-ads.yaml")) {
			text.append(ad.get("text")).append('\n');
		}
		while (text.length() < JobAdService.MAX_CHARS) {
			text.append(text, 0, Math.min(text.length(), JobAdService.MAX_CHARS - text.length()));
		}
		String full = text.substring(0, JobAdService.MAX_CHARS);
		String tenth = full.substring(0, JobAdService.MAX_CHARS / 10);
		for (int i = 0; i < 50; i++) {
			this.ads.read(full);
			this.ads.read(tenth);
		}
		List<Long> times = times(full, 300);
		long p99 = times.get((int) Math.ceil(times.size() * 0.99) - 1) / 1000;
		long median = times.get(times.size() / 2);
		long tenthMedian = times(tenth, 300).get(150);
		System.out.printf("job ad, 20,000 characters: median %.2f ms, p99 %d µs; 2,000 characters: median %.2f ms%n",
				median / 1e6, p99, tenthMedian / 1e6);
		assertThat(p99 / 1000).as("p99, ms").isLessThan(P99_BOUND_MS);
		assertThat((double) median / tenthMedian).as("ten times the text").isLessThan(30);
	}

	private List<Long> times(String text, int count) {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			this.ads.read(text);
			times.add(System.nanoTime() - start);
		}
		Collections.sort(times);
		return times;
	}

}
