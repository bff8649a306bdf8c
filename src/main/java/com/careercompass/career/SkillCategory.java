package com.careercompass.career;

/** Kinds of skill, in the order pages show them. */
public enum SkillCategory {

	PROGRAMMING, MATH_STATS, ML_DL, DATA, BIG_DATA_CLOUD, SOFTWARE_ENGINEERING, TOOLS, COMMUNICATION;

	/** The key of this category's name in the message bundles. */
	public String messageKey() {
		return "skill.category." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
