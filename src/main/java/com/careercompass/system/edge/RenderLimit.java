package com.careercompass.system.edge;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many responses are rendered at once, and how many more may wait their turn. A page
 * served from memory never comes here, so however many people ask for pages nobody has
 * asked for before (each person's own quiz or skills result), the pages everybody reads
 * keep their threads and their CPU: renders beyond the bound wait a short while, and
 * beyond the queue they are refused at once (503, try again in a second) instead of
 * holding a request thread each.
 */
final class RenderLimit {

	private final Semaphore rendering;

	private final Semaphore admitted;

	private final long waitNanos;

	private final int renders;

	/**
	 * @param renders responses rendered at once
	 * @param queue how many more may wait for a turn
	 * @param wait the longest a request waits for a turn
	 */
	RenderLimit(int renders, int queue, Duration wait) {
		this.renders = renders;
		this.rendering = new Semaphore(renders, true);
		this.admitted = new Semaphore(renders + queue);
		this.waitNanos = wait.toNanos();
	}

	/**
	 * A turn to render, or false when the queue is full or the wait is over; a true must
	 * be followed by {@link #release()}.
	 */
	boolean acquire() {
		if (!this.admitted.tryAcquire()) {
			return false;
		}
		boolean turn = false;
		try {
			turn = this.rendering.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (!turn) {
			this.admitted.release();
		}
		return turn;
	}

	void release() {
		this.rendering.release();
		this.admitted.release();
	}

	/** Renders under way now. */
	int active() {
		return this.renders - this.rendering.availablePermits();
	}

}
