package com.careercompass.jobad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The job-ad reader's lexicon and its matching (docs/job-ad.md, "How an ad is read"):
 * each term is found as whole words, without case, accents or a final plural mark, the
 * longest term first where several start at one word; a term written for one language is
 * only read in ads in that language; a title term only counts in the ad's first line. One
 * pass over the words: time linear in the text.
 *
 */
public final class Lexicon {

	/** The longest first line still read as a title, in words. */
	static final int TITLE_WORDS = 15;

	/** The most characters of an ad's own words shown for one match. */
	static final int SHOWN = 60;

	private static final Set<String> FRENCH = Set.of("le", "la", "les", "de", "des", "et", "vous", "nous", "une", "du",
			"pour", "dans", "avec", "sur", "est", "sont", "aux", "votre", "notre", "au");

	private static final Set<String> ENGLISH = Set.of("the", "and", "you", "we", "of", "to", "with", "for", "our", "is",
			"are", "in", "on", "will", "your", "a", "an");

	private final Map<Long, Term> terms;

	private final LocalDate checkedOn;

	/** The matcher's index for an ad in English, in French, and in neither. */
	private final Map<String, Map<String, List<Entry>>> indexes = new HashMap<>();

	private Lexicon(Map<Long, Term> terms, LocalDate checkedOn) {
		this.terms = terms;
		this.checkedOn = checkedOn;
		for (String language : List.of("en", "fr", "")) {
			this.indexes.put(language, index(language.isEmpty() ? null : language));
		}
	}

	static Lexicon of(List<Term> terms, LocalDate checkedOn) {
		Map<Long, Term> byId = new LinkedHashMap<>();
		terms.forEach((t) -> byId.put(t.id(), t));
		return new Lexicon(java.util.Collections.unmodifiableMap(byId), checkedOn);
	}

	/** Every term, by id. */
	Map<Long, Term> terms() {
		return this.terms;
	}

	/** When the mappings were last checked. */
	LocalDate checkedOn() {
		return this.checkedOn;
	}

	/**
	 * One term found in an ad.
	 *
	 * @param term the term
	 * @param count how many times
	 * @param words the ad's own words the first time, at most {@value #SHOWN} characters
	 */
	public record Found(Term term, int count, String words) {
	}

	/**
	 * What the lexicon found in an ad.
	 *
	 * @param found each term found, in the order first seen (a title term only from the
	 * first line)
	 * @param language the ad's language as its common words tell ("en", "fr"), or null
	 */
	record Reading(List<Found> found, @Nullable String language) {

		Optional<Found> title() {
			return this.found.stream().filter((f) -> f.term().kind() == Term.Kind.TITLE).findFirst();
		}

	}

	/**
	 * Reads an ad.
	 * @param text the ad
	 * @return what it names
	 */
	Reading read(String text) {
		List<Tokens.Token> tokens = Tokens.of(text);
		String language = language(tokens);
		int titleEnd = titleEnd(text, tokens);
		Map<String, List<Entry>> index = this.indexes.getOrDefault((language != null) ? language : "", Map.of());
		Map<Long, Found> found = new LinkedHashMap<>();
		int i = 0;
		while (i < tokens.size()) {
			Entry match = null;
			for (Entry entry : index.getOrDefault(tokens.get(i).folded(), List.of())) {
				if (entry.matches(text, tokens, i)) {
					match = entry;
					break;
				}
			}
			if (match == null) {
				i++;
				continue;
			}
			Tokens.Token first = tokens.get(i);
			Tokens.Token last = tokens.get(i + match.folded().size() - 1);
			i += match.folded().size();
			Term term = match.term();
			if (term.kind() == Term.Kind.TITLE && first.start() >= titleEnd) {
				continue;
			}
			String words = text.substring(first.start(), Math.min(last.end(), first.start() + SHOWN));
			found.merge(term.id(), new Found(term, 1, words),
					(was, now) -> new Found(term, was.count() + 1, was.words()));
		}
		return new Reading(List.copyOf(found.values()), language);
	}

	/** A term as the matcher holds it. */
	private record Entry(Term term, List<String> folded, List<String> written) {

		boolean matches(String text, List<Tokens.Token> tokens, int at) {
			if (at + this.folded.size() > tokens.size()) {
				return false;
			}
			for (int k = 0; k < this.folded.size(); k++) {
				Tokens.Token token = tokens.get(at + k);
				if (!token.folded().equals(this.folded.get(k))
						|| this.term.exactCase() && !token.written().equals(this.written.get(k))) {
					return false;
				}
			}
			return !this.term.exactCase() || this.written.size() > 1 || this.written.get(0).length() > 1
					|| standsAlone(text, tokens.get(at));
		}

		/**
		 * A one-letter name (R) counts only standing alone: not in R&D, R-squared, R.H.
		 * or O'R.
		 */
		private static boolean standsAlone(String text, Tokens.Token token) {
			char before = (token.start() > 0) ? text.charAt(token.start() - 1) : ' ';
			char after = (token.end() < text.length()) ? text.charAt(token.end()) : ' ';
			char afterNext = (token.end() + 1 < text.length()) ? text.charAt(token.end() + 1) : ' ';
			return "&.'’-/".indexOf(before) < 0 && "&'’-/".indexOf(after) < 0
					&& !(after == '.' && Character.isLetter(afterNext));
		}

	}

	private Map<String, List<Entry>> index(@Nullable String language) {
		Map<String, List<Entry>> index = new HashMap<>();
		for (Term term : this.terms.values()) {
			if (language != null && term.lang() != null && !term.lang().equals(language)) {
				continue;
			}
			List<Tokens.Token> tokens = Tokens.of(term.words());
			if (tokens.isEmpty()) {
				continue;
			}
			Entry entry = new Entry(term, tokens.stream().map(Tokens.Token::folded).toList(),
					tokens.stream().map(Tokens.Token::written).toList());
			index.computeIfAbsent(entry.folded().get(0), (k) -> new ArrayList<>()).add(entry);
		}
		Comparator<Entry> longestFirst = Comparator.comparingInt((Entry e) -> -e.folded().size());
		index.values().forEach((list) -> list.sort(longestFirst.thenComparing((e) -> e.term().exactCase() ? 0 : 1)));
		return index;
	}

	/** The ad's language by its commonest short words, or null when they do not tell. */
	private static @Nullable String language(List<Tokens.Token> tokens) {
		int french = 0;
		int english = 0;
		for (Tokens.Token token : tokens) {
			String word = token.written().toLowerCase(java.util.Locale.ROOT);
			if (FRENCH.contains(word)) {
				french++;
			}
			else if (ENGLISH.contains(word)) {
				english++;
			}
		}
		if (french == english) {
			return null;
		}
		return (french > english) ? "fr" : "en";
	}

	/**
	 * Where the ad's first line ends, when it is short enough to be a title; 0 otherwise
	 * (no title).
	 */
	private static int titleEnd(String text, List<Tokens.Token> tokens) {
		if (tokens.isEmpty()) {
			return 0;
		}
		int start = tokens.get(0).start();
		int end = start;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		int lineEnd = end;
		long words = tokens.stream().filter((t) -> t.start() < lineEnd).count();
		return (words <= TITLE_WORDS) ? end : 0;
	}

}
