package com.careercompass.career;

import java.util.Locale;

/**
 * What kind of skill a listed skill is: our editorial judgement, stored with the data, by
 * which the skills check orders what to learn first.
 */
public enum SkillKind {

	/** A technical skill of the job. */
	CORE,

	/**
	 * An aptitude or way of working that every job asks for (analytical thinking,
	 * communication, teamwork, continuous learning).
	 */
	GENERAL;

	/** The key of this kind's name in the message bundles. */
	public String messageKey() {
		return "skill.kind." + name().toLowerCase(Locale.ROOT);
	}

}
