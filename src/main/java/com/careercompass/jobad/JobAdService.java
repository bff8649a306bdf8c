package com.careercompass.jobad;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Role;
import com.careercompass.career.RoleFact;
import com.careercompass.learning.LearningService;
import com.careercompass.skills.InvalidSkillsLinkException;
import com.careercompass.skills.SkillsCheckService;
import com.careercompass.skills.Ticks;
import com.careercompass.system.web.LinkFormat;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads job ads and CVs with the lexicon, and reads back the results' addresses
 * (docs/job-ad.md). Nothing here keeps a text: a reading holds the lexicon's terms and
 * the first few words of the text that matched each, for one request.
 */
@Service
public class JobAdService implements LinkFormat {

	/** The form. */
	public static final String FORM_PATH = "/job-ad";

	/** A result. */
	public static final String RESULT_PATH = "/job-ad/result";

	/** The CV form, which opens the skills check ticked. */
	public static final String CV_PATH = "/skills-check/from-cv";

	/** What the CV form found, before the skills check opens. */
	public static final String CV_RESULT_PATH = "/skills-check/from-cv/result";

	/** The longest text read, in characters. */
	public static final int MAX_CHARS = 20_000;

	private final CatalogService catalogs;

	private final LearningService learning;

	private final SkillsCheckService checks;

	private final Lexicon lexicon;

	@Autowired
	JobAdService(CatalogService catalogs, LearningService learning, SkillsCheckService checks, DataSource dataSource) {
		this(catalogs, learning, checks, LexiconReader.read(JdbcClient.create(dataSource), catalogs.catalog()));
	}

	JobAdService(CatalogService catalogs, LearningService learning, SkillsCheckService checks, Lexicon lexicon) {
		this.catalogs = catalogs;
		this.learning = learning;
		this.checks = checks;
		this.lexicon = lexicon;
	}

	Catalog catalog() {
		return this.catalogs.catalog();
	}

	/**
	 * Reads an ad or a CV.
	 * @param text the text, as pasted
	 * @return what it names and which job it describes
	 * @throws AdTextException when it is empty, has no words, or is too long
	 */
	public AdReading read(@Nullable String text) {
		if (text == null || text.isBlank() || Tokens.of(text).isEmpty()) {
			throw new AdTextException(false);
		}
		if (text.length() > MAX_CHARS) {
			throw new AdTextException(true);
		}
		Lexicon.Reading reading = this.lexicon.read(text);
		return reading(reading.found(), reading.language());
	}

	private AdReading reading(List<Lexicon.Found> found, @Nullable String language) {
		Catalog catalog = catalog();
		Set<Long> skills = new LinkedHashSet<>();
		Set<RoleFact> duties = new LinkedHashSet<>();
		Role titled = null;
		for (Lexicon.Found f : found) {
			Term term = f.term();
			switch (term.kind()) {
				case SKILL -> skills.add(Objects.requireNonNull(term.skill()).id());
				case DUTY -> duties.add(Objects.requireNonNull(term.duty()));
				case TITLE -> {
					if (titled == null) {
						titled = catalog.findRole(Objects.requireNonNull(term.roleSlug())).orElse(null);
					}
				}
				case UNLISTED -> {
				}
			}
		}
		return new AdReading(found, language, AdVerdict.of(catalog, this.learning.data(), skills, duties, titled));
	}

	/**
	 * The result an address describes.
	 * @param params its parameters
	 * @param query its raw query
	 * @return the reading (each term's words are the lexicon's) and the reader's ticks
	 * @throws InvalidAdLinkException when it cannot be read
	 */
	public Result result(Map<String, String[]> params, @Nullable String query) {
		List<Lexicon.Found> found = new ArrayList<>();
		for (long id : AdAddress.termIds(params, query)) {
			Term term = this.lexicon.terms().get(id);
			if (term == null) {
				throw new InvalidAdLinkException();
			}
			found.add(new Lexicon.Found(term, 1, term.words()));
		}
		return new Result(reading(found, null), ticks(params));
	}

	/**
	 * A reading with the reader's ticks in the skills check's current form.
	 * @param reading what was read
	 * @param have the codes, joined by dots, or null when not given
	 * @return the result
	 * @throws InvalidAdLinkException when the codes cannot be read
	 */
	public Result withHave(AdReading reading, @Nullable String have) {
		if (have == null) {
			return new Result(reading, null);
		}
		return new Result(reading,
				ticks(Map.of(AdAddress.SKILLS_VERSION,
						new String[] { String.valueOf(com.careercompass.skills.SkillsCheck.VERSION) }, AdAddress.HAVE,
						new String[] { have })));
	}

	/**
	 * A result as the page shows it.
	 * @param result the result
	 * @param locale the reader's language
	 * @return the view
	 */
	public JobAdView view(Result result, java.util.Locale locale) {
		return JobAdView.of(catalog(), this.learning.data(), result, this.lexicon.checkedOn(), locale);
	}

	/**
	 * A result with the reader's ticks, as a link carries them.
	 *
	 * @param reading what the ad names
	 * @param have the skills the reader ticked, or null when they have not said
	 */
	public record Result(AdReading reading, @Nullable Ticks have) {
	}

	/** The ticks a link carries in the skills check's own form, or null. */
	private @Nullable Ticks ticks(Map<String, String[]> params) {
		String version = AdAddress.single(params, AdAddress.SKILLS_VERSION);
		String have = AdAddress.single(params, AdAddress.HAVE);
		if (version == null && have == null) {
			return null;
		}
		if (version == null) {
			throw new InvalidAdLinkException();
		}
		try {
			Map<String, String[]> link = (have != null)
					? Map.of("v", new String[] { version }, "have", new String[] { have })
					: Map.of("v", new String[] { version });
			return this.checks.check(link, null).ticks();
		}
		catch (InvalidSkillsLinkException ex) {
			throw new InvalidAdLinkException();
		}
	}

	/**
	 * The codes of several tick boxes as one value: the listed skills among them, each
	 * once, ascending; what is not a skill's code is left out.
	 */
	String joinedHave(String[] values) {
		Set<Long> known = new java.util.HashSet<>();
		com.careercompass.skills.SkillsCheck.skills(catalog(), catalog().fullRoles()).forEach((s) -> known.add(s.id()));
		java.util.SortedSet<Long> ids = new java.util.TreeSet<>();
		for (String value : values) {
			for (String code : value.split("\\.")) {
				if (code.matches("[0-9a-z]{1,4}")) {
					long id = Long.parseLong(code, Character.MAX_RADIX);
					if (known.contains(id)) {
						ids.add(id);
					}
				}
			}
		}
		return Ticks.of(ids, List.of()).haveParam();
	}

	/**
	 * The ticks a form sends: the skills check's version and codes, or null when absent
	 * or unreadable (a form is lenient: what it cannot read it leaves out).
	 */
	@Nullable Ticks formTicks(Map<String, String[]> params) {
		try {
			return ticks(params);
		}
		catch (InvalidAdLinkException ex) {
			return null;
		}
	}

	/**
	 * A result's parameters: the version, the terms found, and the skills check's version
	 * and ticks of the reader.
	 */
	@Override
	public Set<String> parameterNames() {
		return AdAddress.NAMES;
	}

}
