package com.careercompass.jobad;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict rule at its boundaries, on hand-made ads read with the real lexicon and
 * lists (docs/job-ad.md, "Which job an ad describes").
 */
@SpringBootTest
// MockMvc unused: the annotation makes this class share the web tests' context
@AutoConfigureMockMvc
class AdVerdictTests {

	@Autowired
	JobAdService ads;

	@Test
	void oneItemIsTooLittleToTell() {
		AdVerdict verdict = verdict("Data job\nWe need SQL. Python is a plus.");
		assertThat(verdict.sides().stream().mapToInt(AdVerdict.Side::items).sum()).isEqualTo(1);
		assertThat(verdict.call()).isEqualTo(AdVerdict.Call.UNCLEAR);
	}

	@Test
	void twoItemsOfOneListNameThatRole() {
		AdVerdict verdict = verdict("Analyst role\nWe need SQL and Tableau.");
		assertThat(verdict.call()).isEqualTo(AdVerdict.Call.ROLE);
		assertThat(verdict.role().slug()).isEqualTo("data-scientist");
	}

	@Test
	void aShareThatRestsOnOneItemNamesNoRole() {
		AdVerdict verdict = verdict("Data role\nPyTorch and SQL.");
		assertThat(verdict.sides()).allSatisfy((s) -> assertThat(s.items()).isEqualTo(1));
		assertThat(Math.abs(verdict.sides().get(0).percent() - verdict.sides().get(1).percent()))
			.as("the shorter list's one item is a larger share")
			.isGreaterThan(AdVerdict.CLOSER_BY);
		assertThat(verdict.call()).isEqualTo(AdVerdict.Call.UNCLEAR);
	}

	@Test
	void oneStrayItemOfTheOtherListDoesNotMakeAHybridButTwoDo() {
		String engineering = "ML engineer\nDeploy models to production, watch their latency, CUDA and PyTorch. ";
		AdVerdict stray = verdict(engineering + "Keep stakeholders informed.");
		assertThat(stray.call()).isEqualTo(AdVerdict.Call.ROLE);
		assertThat(stray.role().slug()).isEqualTo("machine-learning-engineer");
		AdVerdict hybrid = verdict(engineering + "Keep stakeholders informed and build dashboards in Tableau.");
		assertThat(hybrid.sides())
			.allSatisfy((s) -> assertThat(s.items()).isGreaterThanOrEqualTo(AdVerdict.BOTH_ITEMS));
		assertThat(hybrid.call()).isEqualTo(AdVerdict.Call.BOTH);
	}

	@Test
	void howClearlyFollowsHowOneSidedTheEvidenceIsAndHowMuchOfItThereIs() {
		AdVerdict few = verdict("ML engineer\nDeploy models to production and watch their latency.");
		assertThat(few.sides().get(1).items()).isZero();
		assertThat(few.sides().get(0).items()).isBetween(AdVerdict.MIN_ITEMS, AdVerdict.CLEAR_ITEMS - 1);
		assertThat(few.strength()).as("all one way, but too few items for clearly")
			.isEqualTo(AdVerdict.Strength.MODERATE);

		String engineering = "ML engineer\nDeploy models to production, watch their latency, CUDA and PyTorch. ";
		AdVerdict many = verdict(engineering);
		assertThat(many.sides().get(0).items()).isGreaterThanOrEqualTo(AdVerdict.CLEAR_ITEMS);
		assertThat(many.strength()).isEqualTo(AdVerdict.Strength.CLEAR);

		AdVerdict stray = verdict(engineering + "Keep stakeholders informed.");
		AdVerdict.Side ahead = stray.sides().get(0);
		AdVerdict.Side behind = stray.sides().get(1);
		assertThat(ahead.percent()).isLessThan(AdVerdict.CLEAR_TIMES * behind.percent());
		assertThat(stray.strength()).as("one item of the other job's work takes clearly away")
			.isNotEqualTo(AdVerdict.Strength.CLEAR);
	}

	@Test
	void aTitleNamingTheOtherRoleIsCalledOutAndOneNamingTheSameIsNot() {
		String work = "\nDeploy models to production with Docker and Kubernetes, monitoring latency, in C++ with CUDA.";
		assertThat(verdict("Data Scientist" + work).misleadingTitle()).isTrue();
		assertThat(verdict("ML Engineer" + work).misleadingTitle()).isFalse();
		assertThat(verdict("A job for you" + work).titled()).isNull();
	}

	private AdVerdict verdict(String ad) {
		return this.ads.read(ad).verdict();
	}

}
