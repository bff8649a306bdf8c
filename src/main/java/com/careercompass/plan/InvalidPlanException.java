package com.careercompass.plan;

/** A plan link that cannot be read: a damaged or unknown part, another version. */
public class InvalidPlanException extends RuntimeException {

	public InvalidPlanException() {
		super("The plan link cannot be read");
	}

}
