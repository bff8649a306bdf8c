package com.careercompass.jobad;

/**
 * A job-ad result's address that cannot be read: damaged, of an unknown version, or
 * naming a term the lexicon does not have. The page answers 400 and offers to read an ad
 * again.
 */
public class InvalidAdLinkException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvalidAdLinkException() {
		super(null, null, false, false);
	}

}
