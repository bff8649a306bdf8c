package com.careercompass.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.careercompass.skills.InvalidSkillsLinkException.Reason;

import org.jspecify.annotations.Nullable;

/**
 * Reads a skills check from an address
 * ({@code v=1&have=1.2.x&work=2&first=data-scientist}, docs/skills-check.md). Strict for
 * result links: anything unexpected makes the link invalid, so one result has one
 * address. Kind to the form: whatever can be read is kept, and the rest is counted.
 */
final class SkillsLink {

	static final String VERSION = "v";

	/** Skills to highlight on the form (the quiz's next steps), codes joined with '.'. */
	static final String FOCUS = "focus";

	static final String HAVE = "have";

	static final String WORK = "work";

	static final String FIRST = "first";

	/** The longest query string read: far more than every skill ticked twice. */
	static final int MAX_QUERY = 2048;

	private static final Pattern CODE = Pattern.compile("[0-9a-z]{1,4}");

	private SkillsLink() {
	}

	/**
	 * A result link's ticks, read strictly: one version, the current one; {@code have}
	 * and {@code work} at most once each, ids known and strictly ascending, work ids also
	 * ticked in {@code have}; {@code first} at most once, naming a checked role.
	 * @param params the address's parameters (unknown ones already left out)
	 * @param query the raw query string, for its length
	 * @param known the ids of the skills that can be ticked
	 * @param roles the slugs of the checked roles
	 * @return the ticks and the role asked first
	 * @throws InvalidSkillsLinkException if the link cannot be read
	 */
	static Reading strict(Map<String, String[]> params, @Nullable String query, Set<Long> known, Set<String> roles) {
		if (query != null && query.length() > MAX_QUERY) {
			throw new InvalidSkillsLinkException(Reason.TOO_LONG);
		}
		String version = single(params, VERSION);
		if (version == null) {
			throw new InvalidSkillsLinkException(Reason.DAMAGED);
		}
		boolean older = SkillsCheck.STILL_READ.stream().anyMatch((v) -> version.equals(String.valueOf(v)));
		if (!version.equals(String.valueOf(SkillsCheck.VERSION)) && !older) {
			throw new InvalidSkillsLinkException(version.matches("\\d{1,4}") ? Reason.OTHER_VERSION : Reason.DAMAGED);
		}
		List<Long> have = ascending(optional(params, HAVE), known);
		List<Long> work = ascending(optional(params, WORK), known);
		String first = optional(params, FIRST);
		if (!have.containsAll(work) || (!first.isEmpty() && !roles.contains(first))) {
			throw new InvalidSkillsLinkException(Reason.DAMAGED);
		}
		return new Reading(Ticks.of(have, work), first.isEmpty() ? null : first, 0, older);
	}

	/**
	 * What the form can read from any address: {@code have} and {@code work} as repeated
	 * values (a submitted form) or dotted lists (a link back from a result), unknown ids
	 * and a {@code first} naming no checked role left out and counted.
	 * @param params the parameters
	 * @param known the ids of the skills that can be ticked
	 * @param roles the slugs of the checked roles
	 * @return what was read
	 */
	static Reading lenient(Map<String, String[]> params, Set<Long> known, Set<String> roles) {
		List<Long> have = new ArrayList<>();
		List<Long> work = new ArrayList<>();
		int dropped = collect(params.get(HAVE), known, have) + collect(params.get(WORK), known, work);
		String[] firsts = params.get(FIRST);
		String first = (firsts != null && firsts.length == 1 && roles.contains(firsts[0])) ? firsts[0] : null;
		if (firsts != null && first == null) {
			dropped++;
		}
		List<Long> focus = new ArrayList<>();
		collect(params.get(FOCUS), known, focus);
		return new Reading(Ticks.of(have, work), first, dropped, false, Set.copyOf(focus));
	}

	private static int collect(String @Nullable [] values, Set<Long> known, List<Long> into) {
		int dropped = 0;
		if (values == null) {
			return 0;
		}
		for (String value : values) {
			for (String code : value.split("\\.", -1)) {
				Optional<Long> id = id(code, known);
				if (id.isPresent()) {
					into.add(id.get());
				}
				else if (!code.isEmpty()) {
					dropped++;
				}
			}
		}
		return dropped;
	}

	private static List<Long> ascending(String value, Set<Long> known) {
		List<Long> ids = new ArrayList<>();
		if (value.isEmpty()) {
			return ids;
		}
		for (String code : value.split("\\.", -1)) {
			Long id = id(code, known).orElseThrow(() -> new InvalidSkillsLinkException(Reason.DAMAGED));
			if (!ids.isEmpty() && ids.get(ids.size() - 1) >= id) {
				throw new InvalidSkillsLinkException(Reason.DAMAGED);
			}
			ids.add(id);
		}
		return ids;
	}

	/** A skill id from its base-36 code; codes with leading zeros are not codes. */
	private static Optional<Long> id(String code, Set<Long> known) {
		if (!CODE.matcher(code).matches() || (code.length() > 1 && code.charAt(0) == '0')) {
			return Optional.empty();
		}
		long id = Long.parseLong(code, Ticks.RADIX);
		return known.contains(id) ? Optional.of(id) : Optional.empty();
	}

	private static @Nullable String single(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		return (values != null && values.length == 1) ? values[0] : null;
	}

	private static String optional(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null) {
			return "";
		}
		if (values.length != 1) {
			throw new InvalidSkillsLinkException(Reason.DAMAGED);
		}
		return values[0];
	}

	/**
	 * What an address says.
	 *
	 * @param ticks the ticks that could be read
	 * @param first the role to show first, or null
	 * @param dropped how many values could not be read
	 * @param carried whether the address was written for an earlier version still read
	 * @param focus skills to highlight on the form
	 */
	record Reading(Ticks ticks, @Nullable String first, int dropped, boolean carried, Set<Long> focus) {

		Reading(Ticks ticks, @Nullable String first, int dropped) {
			this(ticks, first, dropped, false, Set.of());
		}

		Reading(Ticks ticks, @Nullable String first, int dropped, boolean carried) {
			this(ticks, first, dropped, carried, Set.of());
		}

	}

}
