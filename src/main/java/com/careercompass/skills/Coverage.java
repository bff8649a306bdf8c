package com.careercompass.skills;

import java.util.Collection;

import com.careercompass.career.Skill;

/**
 * How many of a set of listed skills a person ticked.
 *
 * @param have how many they can already do
 * @param atWork how many of those they have used at work
 * @param total how many skills the set lists
 */
public record Coverage(int have, int atWork, int total) {

	static Coverage of(Collection<Skill> listed, Ticks ticks) {
		int have = (int) listed.stream().filter((s) -> ticks.have().contains(s.id())).count();
		int atWork = (int) listed.stream().filter((s) -> ticks.work().contains(s.id())).count();
		return new Coverage(have, atWork, listed.size());
	}

	/** The share ticked, 0 to 1; 0 for an empty set. */
	public double share() {
		return (this.total == 0) ? 0 : (double) this.have / this.total;
	}

	/** The share ticked, in whole percent, rounded half up. */
	public int percent() {
		return (int) Math.round(share() * 100);
	}

	/** How many listed skills are left to learn. */
	public int missing() {
		return this.total - this.have;
	}

}
