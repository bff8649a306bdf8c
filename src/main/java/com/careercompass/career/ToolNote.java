package com.careercompass.career;

/**
 * Our own dated note on a tool that a skill names and whose development has stopped: not
 * a fact from the articles, and shown as the portal's note wherever the skill appears.
 *
 * @param tool the tool, as the skill's name spells it
 * @param sinceYear the year its development stopped
 * @param note what happened and when
 */
public record ToolNote(String tool, int sinceYear, LocalizedText note) {
}
