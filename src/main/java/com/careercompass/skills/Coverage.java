package com.careercompass.skills;

import java.util.Collection;
import java.util.Set;

import com.careercompass.career.Skill;

/**
 * How many of a set of listed abilities a person has (a family of skills counts once).
 *
 * @param have how many they can already do
 * @param atWork how many of those they have used at work
 * @param total how many skills the set lists
 */
public record Coverage(int have, int atWork, int total) {

	/**
	 * Coverage of abilities: each a skill alone or a family's members, had when any
	 * member is.
	 */
	static Coverage of(Collection<? extends Collection<Skill>> abilities, Set<Long> have, Set<Long> work) {
		int had = (int) abilities.stream().filter((a) -> a.stream().anyMatch((s) -> have.contains(s.id()))).count();
		int atWork = (int) abilities.stream().filter((a) -> a.stream().anyMatch((s) -> work.contains(s.id()))).count();
		return new Coverage(had, atWork, abilities.size());
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
