package com.careercompass.skills;

/**
 * A skills-check address that cannot be read: damaged, too long, or written for another
 * version of the skill list.
 */
public class InvalidSkillsLinkException extends RuntimeException {

	private final Reason reason;

	InvalidSkillsLinkException(Reason reason) {
		super("Invalid skills-check link: " + reason);
		this.reason = reason;
	}

	/** Why the address cannot be read. */
	public Reason reason() {
		return this.reason;
	}

	/** Why an address cannot be read. */
	public enum Reason {

		/** A parameter repeated or missing, or an id that names no skill. */
		DAMAGED,

		/** Written for another version of the skill list. */
		OTHER_VERSION,

		/** Longer than any address the portal writes. */
		TOO_LONG

	}

}
