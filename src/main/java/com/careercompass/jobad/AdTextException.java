package com.careercompass.jobad;

/**
 * A pasted text the reader will not read: empty, or longer than
 * {@link JobAdService#MAX_CHARS} characters. The page answers 400 or 413 and keeps what
 * was typed (an empty one) or names the limit (a long one).
 */
public class AdTextException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean tooLong;

	public AdTextException(boolean tooLong) {
		super(null, null, false, false);
		this.tooLong = tooLong;
	}

	/** Whether the text was too long (otherwise it was empty). */
	public boolean tooLong() {
		return this.tooLong;
	}

}
