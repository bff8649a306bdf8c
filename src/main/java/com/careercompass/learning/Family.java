package com.careercompass.learning;

import java.util.List;

import com.careercompass.career.LocalizedText;

/**
 * Skills the articles word differently that describe one ability: our grouping (the
 * editorial yaml's {@code skill_families}), never the articles'.
 *
 * @param id stable identifier
 * @param name the ability's name
 * @param note why these belong together
 * @param members the skills, in the catalog's order
 */
public record Family(long id, LocalizedText name, LocalizedText note, List<Long> members) {
}
