package com.careercompass.career;

import java.util.List;
import java.util.Locale;

/**
 * A tool note in the reader's language, for a page.
 *
 * @param tool the tool
 * @param text what happened and when
 */
public record ToolNoteText(String tool, String text) {

	public static List<ToolNoteText> of(Skill skill, Locale locale) {
		return skill.toolNotes().stream().map((n) -> new ToolNoteText(n.tool(), n.note().in(locale))).toList();
	}

}
