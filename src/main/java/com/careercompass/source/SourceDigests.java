package com.careercompass.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.careercompass.career.Catalog;
import com.careercompass.career.FactKind;
import com.careercompass.career.LongDate;
import com.careercompass.career.DateMark;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.PayFigure;
import com.careercompass.career.Skill;
import com.careercompass.career.Source;
import com.careercompass.career.ToolNoteText;
import com.careercompass.system.format.Formats;
import com.careercompass.system.format.Typography;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Groups every fact of the catalog under the article it comes from. */
@Component
class SourceDigests {

	private final MessageSource messages;

	SourceDigests(MessageSource messages) {
		this.messages = messages;
	}

	List<SourceDigest> all(Catalog catalog, Locale locale) {
		return catalog.sources().stream().map((s) -> digest(catalog, s, locale)).toList();
	}

	/** One line per figure that was repaired by hand, with why. */
	List<String> repairs(Catalog catalog, Locale locale) {
		return catalog.pay().stream().filter(PayFigure::repaired).map((f) -> payLine(catalog, f, locale)).toList();
	}

	private SourceDigest digest(Catalog catalog, Source source, Locale locale) {
		String id = source.id();
		List<SourceDigest.Section> sections = new ArrayList<>();
		for (FactKind kind : FactKind.values()) {
			add(sections, "sources.section." + kind.name().toLowerCase(Locale.ROOT),
					catalog.facts()
						.stream()
						.filter((f) -> f.kind() == kind && f.sourceIds().contains(id))
						.map((f) -> roleName(catalog, f.roleSlug(), locale) + " — " + f.text().in(locale)));
		}
		add(sections, "sources.section.skills",
				catalog.skills()
					.stream()
					.filter((s) -> s.sourceIds().contains(id))
					.map((s) -> s.name().in(locale) + toolNotes(catalog, s, locale)));
		add(sections, "sources.section.pay",
				catalog.pay().stream().filter((f) -> f.sourceId().equals(id)).map((f) -> payLine(catalog, f, locale)));
		add(sections, "sources.section.payContext",
				catalog.payContext()
					.stream()
					.filter((c) -> c.sourceId().equals(id))
					.map((c) -> roleName(catalog, c.roleSlug(), locale)
							+ ((c.country() != null) ? ", " + Formats.country(c.country(), locale) : "")
							+ ((c.region() != null) ? ", " + c.region() : "") + " — " + c.text().in(locale)));
		add(sections, "sources.section.premiums",
				catalog.premiums()
					.stream()
					.filter((p) -> p.sourceId().equals(id))
					.map((p) -> roleName(catalog, p.roleSlug(), locale) + " — "
							+ message("sources.premium", locale, p.skill().in(locale), p.percent(), p.survey())));
		add(sections, "sources.section.outlook",
				catalog.outlook()
					.stream()
					.filter((o) -> o.sourceId().equals(id))
					.map((o) -> ((o.roleSlug() != null) ? roleName(catalog, o.roleSlug(), locale) + " — " : "")
							+ o.text().in(locale) + ((o.survey() != null) ? " (" + o.survey().in(locale) + ")" : "")
							+ dated(catalog, o, locale)));
		add(sections, "sources.section.useCases",
				catalog.useCases().stream().filter((u) -> u.sourceIds().contains(id)).map((u) -> u.text().in(locale)));
		add(sections, "sources.section.contrasts",
				catalog.contrasts()
					.stream()
					.filter((c) -> c.sourceIds().contains(id))
					.map((c) -> c.aspect().in(locale) + " — "
							+ String.join(" / ", c.sides()
								.entrySet()
								.stream()
								.map((side) -> message("sources.side", locale, roleName(catalog, side.getKey(), locale),
										side.getValue().continuing(locale)))
								.toList())));
		return new SourceDigest(id, source.title().en(), source.title().in(Locale.FRENCH),
				source.publisher().in(locale), source.label().in(locale), date(source, locale),
				(source.dateNote() != null) ? source.dateNote().in(locale) : null, sections,
				catalog.sources().indexOf(source) + 1, source.kind().messageKey(), source.untitled());
	}

	/**
	 * Our dated notes on the stopped tools a skill names, marked as ours, as every page
	 * shows them.
	 */
	private String toolNotes(Catalog catalog, Skill skill, Locale locale) {
		StringBuilder notes = new StringBuilder();
		for (ToolNoteText note : ToolNoteText.of(skill, locale)) {
			notes.append(" — ")
				.append(message("tool.note.label.dated", locale, LongDate.format(catalog.reviewedOn(), locale)))
				.append(' ')
				.append(message("tool.note", locale, note.tool(), note.text()));
		}
		return notes.toString();
	}

	/**
	 * The mark every page gives a forecast whose year has passed, or an old or undated
	 * fact, or nothing.
	 */
	private String dated(Catalog catalog, OutlookFact fact, Locale locale) {
		DateMark mark = catalog.dateMark(fact);
		if (mark != null) {
			return " — " + message(mark.messageKey(), locale, mark.when());
		}
		if (fact.horizonYear() == null || !fact.horizonPassed(catalog.reviewedOn())) {
			return "";
		}
		return " — " + ((fact.madeYear() != null)
				? message("outlook.passed.made", locale, String.valueOf(fact.madeYear()),
						String.valueOf(fact.horizonYear()))
				: message("outlook.passed", locale, String.valueOf(fact.horizonYear())));
	}

	private String payLine(Catalog catalog, PayFigure f, Locale locale) {
		String where = Stream.of(Formats.country(f.country(), locale), f.region(), f.employer())
			.filter((s) -> s != null)
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
		String survey = (f.survey() != null) ? f.survey().in(locale) : message("pay.survey.unknown", locale);
		String year = (f.year() != null) ? f.year().toString() : message("pay.year.unknown", locale);
		String line = message("sources.pay", locale, roleName(catalog, f.roleSlug(), locale), where,
				continuing(message(f.statistic().messageKey(), locale), locale),
				Formats.money(f.amount(), f.currency(), locale), survey, year);
		DateMark old = catalog.dateMark(f, locale);
		if (old != null) {
			line = line + " — " + message(old.messageKey(), locale, old.when());
		}
		return (f.note() != null) ? line + " — " + f.note().in(locale) : line;
	}

	private static @Nullable String date(Source source, Locale locale) {
		LocalDate published = source.publishedOn();
		if (published != null) {
			return LongDate.format(published, locale);
		}
		return (source.year() != null) ? source.year().toString() : null;
	}

	/** Our own label after a colon: lower case in French (it is never a name). */
	private static String continuing(String label, Locale locale) {
		return "fr".equals(locale.getLanguage()) ? Typography.continuing(label, null) : label;
	}

	private static String roleName(Catalog catalog, String slug, Locale locale) {
		return catalog.role(slug).shortName().in(locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static void add(List<SourceDigest.Section> sections, String titleKey, Stream<String> items) {
		List<String> list = items.toList();
		if (!list.isEmpty()) {
			sections.add(new SourceDigest.Section(titleKey, list));
		}
	}

}
