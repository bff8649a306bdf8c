package com.careercompass.learning;

import java.util.Locale;

/**
 * Where a skill sits on the way to a role (docs/learning.md): a first programming
 * language, then the role's core, then the specialisms people add once the core is in
 * place. Our editorial judgement, kept with the data ({@code skill_route.stage}).
 */
public enum Stage {

	FOUNDATION, CORE, SPECIALISM;

	/** The message key of the stage's name. */
	public String messageKey() {
		return "learn.stage." + name().toLowerCase(Locale.ROOT);
	}

}
