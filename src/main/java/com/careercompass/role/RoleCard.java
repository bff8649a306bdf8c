package com.careercompass.role;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.FactKind;
import com.careercompass.career.Role;
import com.careercompass.system.format.Formats;

import org.springframework.modulith.NamedInterface;

/**
 * A role as a card in a list: its name, the first sentence of its summary and whether
 * data is partial.
 *
 * @param slug URL identifier
 * @param name the role's name
 * @param ofName the name as a noun's complement ("d’ingénieur logiciel" in French)
 * @param ofShortName the same for the short name ("de data scientist")
 * @param summary one line about it
 * @param partial whether the articles say little about it
 */
@NamedInterface("views")
public record RoleCard(String slug, String name, String ofName, String ofShortName, String summary, boolean partial) {

	public static List<RoleCard> all(Catalog catalog, Locale locale) {
		return catalog.roles().stream().map((role) -> of(catalog, role, locale)).toList();
	}

	static RoleCard of(Catalog catalog, Role role, Locale locale) {
		String summary = catalog.factsOf(role.slug(), FactKind.SUMMARY)
			.stream()
			.findFirst()
			.map((fact) -> fact.text().in(locale))
			.orElse("");
		return new RoleCard(role.slug(), role.name().in(locale), Formats.ofName(role.name().in(locale), locale),
				Formats.ofName(role.shortName().in(locale), locale), summary, role.partial());
	}

}
