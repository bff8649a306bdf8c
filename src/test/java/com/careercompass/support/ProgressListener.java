package com.careercompass.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * A line at most every 30 s while the tests run, so that a long suite (the accessibility
 * sweep, the browser layouts) is never silent for minutes: how many tests have run, how
 * many failed, and in which class the run is. Registered through JUnit's service loader.
 */
public class ProgressListener implements TestExecutionListener {

	private static final long EVERY_NANOS = 30_000_000_000L;

	private final AtomicInteger run = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private volatile long start;

	private volatile long last;

	@Override
	public void testPlanExecutionStarted(TestPlan plan) {
		this.start = System.nanoTime();
		this.last = this.start;
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (!test.isTest()) {
			return;
		}
		int done = this.run.incrementAndGet();
		if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
			this.failed.incrementAndGet();
		}
		long now = System.nanoTime();
		if (now - this.last >= EVERY_NANOS) {
			this.last = now;
			String where = test.getSource()
				.filter(MethodSource.class::isInstance)
				.map((s) -> ((MethodSource) s).getClassName().replaceAll(".*\\.", ""))
				.orElse(test.getDisplayName());
			System.out.printf("[progress] %d tests run, %d failed, %d s so far; now in %s%n", done, this.failed.get(),
					(now - this.start) / 1_000_000_000L, where);
		}
	}

}
