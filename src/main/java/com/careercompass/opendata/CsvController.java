package com.careercompass.opendata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.DateMark;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.PayFigure;
import com.careercompass.career.Skill;
import com.careercompass.system.format.Typography;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pay figures and the skills as CSV files: UTF-8, a header row, both languages side
 * by side.
 */
@Controller
class CsvController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final CsvMapper MAPPER = CsvMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private final CatalogService catalogs;

	CsvController(CatalogService catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping("/data/salaries.csv")
	ResponseEntity<byte[]> salaries() {
		Catalog catalog = this.catalogs.catalog();
		return csv("salaries.csv", SalaryRow.class,
				catalog.pay().stream().map((f) -> SalaryRow.of(f, catalog)).toList());
	}

	@GetMapping("/data/skills.csv")
	ResponseEntity<byte[]> skills() {
		Catalog catalog = this.catalogs.catalog();
		return csv("skills.csv", SkillRow.class, catalog.skills().stream().map(SkillRow::of).toList());
	}

	@GetMapping("/data/outlook.csv")
	ResponseEntity<byte[]> outlook() {
		Catalog catalog = this.catalogs.catalog();
		return csv("outlook.csv", OutlookRow.class,
				catalog.outlook().stream().map((o) -> OutlookRow.of(o, catalog)).toList());
	}

	private static <T> ResponseEntity<byte[]> csv(String name, Class<T> type, List<T> rows) {
		CsvSchema schema = MAPPER.schemaFor(type).withHeader();
		byte[] body = MAPPER.writer(schema).writeValueAsBytes(rows);
		return ResponseEntity.ok()
			.contentType(CSV)
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private static @Nullable String en(@Nullable LocalizedText text) {
		return (text != null) ? text.en() : null;
	}

	private static @Nullable String fr(@Nullable LocalizedText text) {
		return (text != null) ? text.in(Locale.FRENCH) : null;
	}

	/** One pay figure; column order is the record's. */
	record SalaryRow(long id, String role, String country, @Nullable String region, @Nullable String employer,
			String currency, String statistic, BigDecimal amount, @Nullable Integer year, @Nullable String surveyEn,
			@Nullable String surveyFr, String source, boolean repaired, @Nullable String noteEn,
			@Nullable String noteFr, @Nullable Integer surveyMonth, boolean old, boolean undated) {

		static SalaryRow of(PayFigure f, Catalog catalog) {
			return new SalaryRow(f.id(), f.roleSlug(), f.country(), f.region(), f.employer(),
					f.currency().getCurrencyCode(), f.statistic().name(),
					f.amount().stripTrailingZeros().setScale(Math.max(0, f.amount().stripTrailingZeros().scale())),
					f.year(), en(f.survey()), fr(f.survey()), f.sourceId(), f.repaired(), en(f.note()), fr(f.note()),
					f.surveyMonth(), DateMark.isOld(catalog.dateMark(f, java.util.Locale.ENGLISH)),
					DateMark.isUndated(catalog.dateMark(f, java.util.Locale.ENGLISH)));
		}

	}

	/**
	 * One skill; roles and sources separated by semicolons; the kind and the tool notes
	 * are the portal's own (notes as "tool (year): note", several separated by " | ").
	 */
	record SkillRow(long id, String nameEn, String nameFr, String category, String roles, String sources, String kind,
			String toolNotesEn, String toolNotesFr) {

		static SkillRow of(Skill s) {
			return new SkillRow(s.id(), s.name().en(), s.name().in(Locale.FRENCH), s.category().name(),
					String.join(";", s.roleSlugs().stream().sorted().toList()), String.join(";", s.sourceIds()),
					s.kind().name(), notes(s, Locale.ENGLISH), notes(s, Locale.FRENCH));
		}

		private static String notes(Skill s, Locale locale) {
			return String.join(" | ", s.toolNotes()
				.stream()
				.map((n) -> Typography.of(n.tool() + " (" + n.sinceYear() + "): " + n.note().in(locale), locale))
				.toList());
		}

	}

	/** One outlook fact; role empty for the whole field. */
	record OutlookRow(@Nullable String role, String textEn, String textFr, @Nullable BigDecimal value,
			@Nullable String unit, @Nullable String periodEn, @Nullable String periodFr, @Nullable String surveyEn,
			@Nullable String surveyFr, String source, @Nullable Integer madeYear, @Nullable Integer horizonYear,
			boolean horizonPassed, @Nullable Integer reportedYear, boolean old, boolean undated) {

		static OutlookRow of(OutlookFact o, Catalog catalog) {
			return new OutlookRow(o.roleSlug(), o.text().en(), o.text().in(Locale.FRENCH), o.value(),
					(o.unit() != null) ? o.unit().name() : null, en(o.period()), fr(o.period()), en(o.survey()),
					fr(o.survey()), o.sourceId(), o.madeYear(), o.horizonYear(), o.horizonPassed(catalog.reviewedOn()),
					o.reportedYear(), DateMark.isOld(catalog.dateMark(o)), DateMark.isUndated(catalog.dateMark(o)));
		}

	}

}
