package com.careercompass.plan;

/** A plan link that cannot be read: a damaged or unknown part, another version. */
class InvalidPlanException extends RuntimeException {

	InvalidPlanException() {
		super("The plan link cannot be read");
	}

}
