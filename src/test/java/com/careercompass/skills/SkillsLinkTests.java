package com.careercompass.skills;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompass.skills.InvalidSkillsLinkException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading a skills check from an address: strictly for results, kindly for the form. */
class SkillsLinkTests {

	private static final Set<Long> KNOWN = Set.of(1L, 2L, 10L, 35L, 36L, 47L);

	private static final Set<String> ROLES = Set.of("builder", "analyst");

	@Test
	void readsBaseThirtySixCodesAscendingWithWorkPartOfHave() {
		Ticks ticks = strict(Map.of("v", "1", "have", "1.a.z.10.1b", "work", "a.1b", "first", "analyst"));
		assertThat(ticks.have()).containsExactly(1L, 10L, 35L, 36L, 47L);
		assertThat(ticks.work()).containsExactly(10L, 47L);
		assertThat(ticks.haveParam()).isEqualTo("1.a.z.10.1b");
		assertThat(ticks.workParam()).isEqualTo("a.1b");
		assertThat(SkillsLink.strict(arrays(Map.of("v", "1", "first", "analyst")), null, KNOWN, ROLES).first())
			.isEqualTo("analyst");
		assertThat(SkillsLink.strict(arrays(Map.of("v", "1", "first", "")), null, KNOWN, ROLES).first())
			.as("an empty first asks for nothing")
			.isNull();
	}

	@Test
	void nothingTickedIsAValidCheck() {
		assertThat(strict(Map.of("v", "1")).have()).isEmpty();
		assertThat(strict(Map.of("v", "1", "have", "", "work", "")).have()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2.1", "1.1", "3", "A", "01", "1..2", "1.", ".1", "-1", "1 2", "zzzzz", "b" })
	void anUnsortedRepeatedUnknownOrMisspeltCodeIsDamaged(String have) {
		assertReason(Map.of("v", "1", "have", have), Reason.DAMAGED);
	}

	@Test
	void repeatedOrMissingParametersAndStrayValuesAreDamaged() {
		assertReason(Map.of("have", "1"), Reason.DAMAGED);
		assertReason(Map.of("v", new String[] { "1", "1" }), Reason.DAMAGED);
		assertReason(Map.of("v", new String[] { "1" }, "have", new String[] { "1", "2" }), Reason.DAMAGED);
		assertReason(Map.of("v", new String[] { "1" }, "first", new String[] { "analyst", "builder" }), Reason.DAMAGED);
		assertReason(Map.of("v", "1", "have", "1", "work", "2"), Reason.DAMAGED);
		assertReason(Map.of("v", "1", "first", "partial"), Reason.DAMAGED);
		assertReason(Map.of("v", "one"), Reason.DAMAGED);
	}

	@Test
	void anotherVersionIsSaidSo() {
		assertReason(Map.of("v", "4", "have", "1"), Reason.OTHER_VERSION);
		assertReason(Map.of("v", "0"), Reason.OTHER_VERSION);
	}

	@Test
	void aLinkOfTheFirstVersionStillReadsAndSaysSo() {
		SkillsLink.Reading old = SkillsLink.strict(arrays(Map.of("v", "1", "have", "1")), null, KNOWN, ROLES);
		assertThat(old.ticks().have()).containsExactly(1L);
		assertThat(old.carried()).isTrue();
		assertThat(SkillsLink.strict(arrays(Map.of("v", "3", "have", "1")), null, KNOWN, ROLES).carried()).isFalse();
	}

	@Test
	void aQueryLongerThanAnyLinkIsNotRead() {
		String query = "v=1&have=" + "1".repeat(SkillsLink.MAX_QUERY);
		assertThatExceptionOfType(InvalidSkillsLinkException.class)
			.isThrownBy(() -> SkillsLink.strict(Map.of("v", new String[] { "1" }), query, KNOWN, ROLES))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LONG));
	}

	@Test
	void theFormKeepsWhatItCanReadAndCountsTheRest() {
		SkillsLink.Reading reading = SkillsLink.lenient(Map.of("have", new String[] { "2", "1.a", "x", "03" }, "work",
				new String[] { "z", "2" }, "first", new String[] { "nobody" }), KNOWN, ROLES);
		assertThat(reading.ticks().have()).containsExactly(1L, 2L, 10L, 35L);
		assertThat(reading.ticks().work()).containsExactly(2L, 35L);
		assertThat(reading.first()).isNull();
		assertThat(reading.dropped()).isEqualTo(3);
		assertThat(SkillsLink.lenient(Map.of("first", new String[] { "builder" }), KNOWN, ROLES).first())
			.isEqualTo("builder");
	}

	@Test
	void workAloneCountsAsHave() {
		Ticks ticks = Ticks.of(List.of(1L), List.of(2L));
		assertThat(ticks.have()).containsExactly(1L, 2L);
		assertThat(SkillsCheckService.resultPath(ticks, null)).isEqualTo("/skills-check/result?v=3&have=1.2&work=2");
		assertThat(SkillsCheckService.formPath(Ticks.NONE, "analyst")).isEqualTo("/skills-check?first=analyst");
	}

	private static Ticks strict(Map<String, String> params) {
		return SkillsLink.strict(arrays(params), null, KNOWN, ROLES).ticks();
	}

	private static void assertReason(Map<String, ?> params, Reason reason) {
		Map<String, String[]> arrays = params.values().iterator().next() instanceof String[] ? castArrays(params)
				: arrays(castStrings(params));
		assertThatExceptionOfType(InvalidSkillsLinkException.class)
			.isThrownBy(() -> SkillsLink.strict(arrays, null, KNOWN, ROLES))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String[]> castArrays(Map<String, ?> params) {
		return (Map<String, String[]>) params;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> castStrings(Map<String, ?> params) {
		return (Map<String, String>) params;
	}

	private static Map<String, String[]> arrays(Map<String, String> params) {
		Map<String, String[]> arrays = new java.util.HashMap<>();
		params.forEach((k, v) -> arrays.put(k, new String[] { v }));
		return arrays;
	}

}
