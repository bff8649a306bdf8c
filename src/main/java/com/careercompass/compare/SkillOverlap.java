package com.careercompass.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import com.careercompass.career.ToolNoteText;

/**
 * The three regions of the skill overlap, each grouped by kind of skill.
 *
 * @param shared skills both roles need
 * @param onlyA skills only the first role needs
 * @param onlyB skills only the second role needs
 */
record SkillOverlap(Region shared, Region onlyA, Region onlyB) {

	static SkillOverlap of(Catalog catalog, Comparison.SkillSplit split, Locale locale) {
		return new SkillOverlap(Region.of(catalog, split.shared(), locale), Region.of(catalog, split.onlyA(), locale),
				Region.of(catalog, split.onlyB(), locale));
	}

	/** Whether the articles name no skill at all for the first role. */
	public boolean noneForA() {
		return this.shared.count() + this.onlyA.count() == 0;
	}

	/** Whether the articles name no skill at all for the second role. */
	public boolean noneForB() {
		return this.shared.count() + this.onlyB.count() == 0;
	}

	/**
	 * Whether one side has no skills in the data, so that nothing can be said about what
	 * the two share.
	 */
	public boolean unlisted() {
		return noneForA() || noneForB();
	}

	/**
	 * One region.
	 *
	 * @param count how many skills
	 * @param groups the skills by kind
	 */
	record Region(int count, List<Group> groups) {

		static Region of(Catalog catalog, List<Skill> skills, Locale locale) {
			Map<SkillCategory, List<Item>> byCategory = skills.stream()
				.collect(Collectors.groupingBy(Skill::category, TreeMap::new,
						Collectors.mapping((s) -> new Item(s.name().in(locale),
								Citation.of(catalog, s.sourceIds(), locale), ToolNoteText.of(s, locale)),
								Collectors.toList())));
			return new Region(skills.size(),
					byCategory.entrySet()
						.stream()
						.map((e) -> new Group(e.getKey().messageKey(), e.getValue()))
						.toList());
		}

	}

	/**
	 * Skills of one kind.
	 *
	 * @param categoryKey message key of the kind
	 * @param skills the skills
	 */
	record Group(String categoryKey, List<Item> skills) {
	}

	/**
	 * One skill.
	 *
	 * @param name its name
	 * @param citations its sources
	 */
	record Item(String name, List<Citation> citations, List<ToolNoteText> toolNotes) {
	}

}
