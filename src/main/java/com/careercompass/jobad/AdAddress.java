package com.careercompass.jobad;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.careercompass.skills.SkillsCheck;
import com.careercompass.skills.Ticks;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A result's address, written and read back (docs/job-ad.md): the version, the lexicon's
 * term ids in base 36, and the reader's ticks in the skills check's own form. The text of
 * the ad is never part of it.
 */
public final class AdAddress {

	/**
	 * The version of the result that addresses are written for: raised by a migration
	 * that changes what an existing term id stands for (new terms get new ids).
	 */
	public static final int VERSION = 1;

	/** The longest result address read, in characters of its query. */
	public static final int MAX_QUERY = 4096;

	static final String V = "v";

	static final String TERMS = "t";

	static final String SKILLS_VERSION = "skills";

	static final String HAVE = "have";

	/** Every parameter a result's address carries. */
	static final Set<String> NAMES = Set.of(V, TERMS, SKILLS_VERSION, HAVE);

	private static final Pattern CODES = Pattern.compile("([0-9a-z]{1,4}(\\.[0-9a-z]{1,4})*)?");

	private AdAddress() {
	}

	/**
	 * A result's address.
	 * @param reading what was read
	 * @param have the reader's ticks, or null
	 * @return the path and query
	 */
	public static String resultPath(AdReading reading, @Nullable Ticks have) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(JobAdService.RESULT_PATH)
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
		return UriComponentsBuilder.fromPath(JobAdService.CV_RESULT_PATH)
			.queryParam(V, VERSION)
			.queryParam(TERMS, codes(skills))
			.build()
			.toUriString();
	}

	static UriComponentsBuilder withTicks(UriComponentsBuilder uri, @Nullable Ticks have) {
		if (have != null) {
			uri.queryParam(SKILLS_VERSION, SkillsCheck.VERSION);
			if (!have.have().isEmpty()) {
				uri.queryParam(HAVE, have.haveParam());
			}
		}
		return uri;
	}

	/** A result's address from its parameters (one value each). */
	static String of(Map<String, String[]> params) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(JobAdService.RESULT_PATH);
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
	 * The term ids an address names, as written: strictly ascending, each once.
	 * @param params its parameters
	 * @param query its raw query
	 * @return the ids
	 * @throws InvalidAdLinkException when it is too long, of another version or damaged
	 */
	static List<Long> termIds(Map<String, String[]> params, @Nullable String query) {
		if (query != null && query.length() > MAX_QUERY) {
			throw new InvalidAdLinkException();
		}
		String version = single(params, V);
		String codes = single(params, TERMS);
		if (!String.valueOf(VERSION).equals(version) || codes == null || !CODES.matcher(codes).matches()) {
			throw new InvalidAdLinkException();
		}
		List<Long> ids = new ArrayList<>();
		long previous = 0;
		for (String code : codes.isEmpty() ? new String[0] : codes.split("\\.")) {
			long id = Long.parseLong(code, Character.MAX_RADIX);
			if (id <= previous) {
				throw new InvalidAdLinkException();
			}
			previous = id;
			ids.add(id);
		}
		return ids;
	}

	/**
	 * The one value of a parameter, or null when absent.
	 * @throws InvalidAdLinkException when it is repeated
	 */
	static @Nullable String single(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null) {
			return null;
		}
		if (values.length != 1) {
			throw new InvalidAdLinkException();
		}
		return values[0];
	}

}
