package com.careercompass.jobad;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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
import org.springframework.web.util.UriComponentsBuilder;

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

	/**
	 * The version of the result that addresses are written for: raised by a migration
	 * that changes what an existing term id stands for (new terms get new ids).
	 */
	public static final int VERSION = 1;

	/** The longest text read, in characters. */
	public static final int MAX_CHARS = 20_000;

	/** The longest result address read, in characters of its query. */
	public static final int MAX_QUERY = 4096;

	static final String V = "v";

	static final String TERMS = "t";

	static final String SKILLS_VERSION = "skills";

	static final String HAVE = "have";

	private static final Pattern CODES = Pattern.compile("([0-9a-z]{1,4}(\\.[0-9a-z]{1,4})*)?");

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
		if (query != null && query.length() > MAX_QUERY) {
			throw new InvalidAdLinkException();
		}
		String version = single(params, V);
		String codes = single(params, TERMS);
		if (!String.valueOf(VERSION).equals(version) || codes == null || !CODES.matcher(codes).matches()) {
			throw new InvalidAdLinkException();
		}
		List<Lexicon.Found> found = new ArrayList<>();
		long previous = 0;
		for (String code : codes.isEmpty() ? new String[0] : codes.split("\\.")) {
			long id = Long.parseLong(code, Character.MAX_RADIX);
			Term term = this.lexicon.terms().get(id);
			if (term == null || id <= previous) {
				throw new InvalidAdLinkException();
			}
			previous = id;
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
				ticks(Map.of(SKILLS_VERSION,
						new String[] { String.valueOf(com.careercompass.skills.SkillsCheck.VERSION) }, HAVE,
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
		String version = single(params, SKILLS_VERSION);
		String have = single(params, HAVE);
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
	 * A result's address.
	 * @param reading what was read
	 * @param have the reader's ticks, or null
	 * @return the path and query
	 */
	public static String resultPath(AdReading reading, @Nullable Ticks have) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(RESULT_PATH)
			.queryParam(V, VERSION)
			.queryParam(TERMS, codes(reading.termIds()));
		return withTicks(uri, have).build().toUriString();
	}

	/**
	 * The address of what a CV told: its listed skills' terms only.
	 * @param reading what was read
	 * @return the path and query
	 */
	public static String cvResultPath(AdReading reading) {
		List<Long> skills = reading.found()
			.stream()
			.filter((f) -> f.term().kind() == Term.Kind.SKILL)
			.map((f) -> f.term().id())
			.sorted()
			.toList();
		return UriComponentsBuilder.fromPath(CV_RESULT_PATH)
			.queryParam(V, VERSION)
			.queryParam(TERMS, codes(skills))
			.build()
			.toUriString();
	}

	static UriComponentsBuilder withTicks(UriComponentsBuilder uri, @Nullable Ticks have) {
		if (have != null) {
			uri.queryParam(SKILLS_VERSION, com.careercompass.skills.SkillsCheck.VERSION);
			if (!have.have().isEmpty()) {
				uri.queryParam(HAVE, have.haveParam());
			}
		}
		return uri;
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

	/** A result's address from its parameters (one value each). */
	static String address(Map<String, String[]> params) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(RESULT_PATH);
		for (String name : List.of(V, TERMS, SKILLS_VERSION, HAVE)) {
			String[] values = params.get(name);
			if (values != null && values.length > 0 && !(name.equals(HAVE) && values[0].isEmpty())) {
				uri.queryParam(name, values[0]);
			}
		}
		return uri.build().toUriString();
	}

	static String codes(List<Long> ids) {
		return String.join(".", ids.stream().map((id) -> Long.toString(id, Character.MAX_RADIX)).toList());
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

	private static @Nullable String single(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null) {
			return null;
		}
		if (values.length != 1) {
			throw new InvalidAdLinkException();
		}
		return values[0];
	}

	/**
	 * A result's parameters: the version, the terms found, and the skills check's version
	 * and ticks of the reader.
	 */
	@Override
	public Set<String> parameterNames() {
		return Set.of(V, TERMS, SKILLS_VERSION, HAVE);
	}

}
