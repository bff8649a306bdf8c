package com.careercompass.skills;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a person ticked: the skills they can already do, and those of them they have used
 * at work. Using a skill at work implies being able to do it, so {@code work} is always
 * part of {@code have}.
 *
 * @param have the skill ids ticked "I can already do this", ascending
 * @param work the skill ids ticked "I have used it at work", ascending
 */
public record Ticks(SortedSet<Long> have, SortedSet<Long> work) {

	/** Nothing ticked. */
	public static final Ticks NONE = of(java.util.List.of(), java.util.List.of());

	/** Skill ids are written in base 36 in addresses: short, and case-free. */
	static final int RADIX = 36;

	public Ticks {
		TreeSet<Long> all = new TreeSet<>(have);
		all.addAll(work);
		have = Collections.unmodifiableSortedSet(all);
		work = Collections.unmodifiableSortedSet(new TreeSet<>(work));
	}

	/**
	 * Ticks from ids in any order.
	 * @param have the ids of skills the person can do
	 * @param work the ids of skills they have used at work
	 * @return the ticks
	 */
	public static Ticks of(Collection<Long> have, Collection<Long> work) {
		return new Ticks(new TreeSet<>(have), new TreeSet<>(work));
	}

	/**
	 * The {@code have} parameter: ids in base 36, ascending, joined with a dot.
	 * @return the value, empty when nothing is ticked
	 */
	public String haveParam() {
		return encode(this.have);
	}

	/**
	 * The {@code work} parameter, written like {@link #haveParam()}.
	 * @return the value, empty when nothing is ticked
	 */
	public String workParam() {
		return encode(this.work);
	}

	/**
	 * The code of one skill id, as forms, addresses and the API write it.
	 * @param id the skill's id
	 * @return the id in base 36
	 */
	public static String code(long id) {
		return com.careercompass.career.Skill.code(id);
	}

	private static String encode(SortedSet<Long> ids) {
		return ids.stream().map(Ticks::code).collect(Collectors.joining("."));
	}

}
