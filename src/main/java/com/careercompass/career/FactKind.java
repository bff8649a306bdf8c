package com.careercompass.career;

/** What a role fact describes. */
public enum FactKind {

	SUMMARY, RESPONSIBILITY, EDUCATION

}
