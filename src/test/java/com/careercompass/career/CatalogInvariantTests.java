package com.careercompass.career;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static com.careercompass.career.TestCatalogs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The data's one structural rule, exactly two full roles, checked when the catalog is
 * read: broken, the start stops with the rule's name and what to do.
 */
class CatalogInvariantTests {

	@Test
	void twoFullRolesPass() {
		Catalog c = TestCatalogs.small();
		assertThat(c.checked()).isSameAs(c);
		assertThat(c.fullRoles()).extracting(Role::slug).containsExactly("builder", "analyst");
	}

	@Test
	void aThirdFullRoleStopsTheStartNamingTheRule() {
		assertThatIllegalStateException().isThrownBy(() -> withRoles(true).checked())
			.withMessageContaining("Invariant 'exactly 2 full roles' broken")
			.withMessageContaining("[builder, analyst, third]")
			.withMessageContaining("How to add a role");
	}

	@Test
	void aSingleFullRoleStopsTheStartToo() {
		Catalog c = TestCatalogs.small();
		List<Role> roles = c.roles()
			.stream()
			.map((r) -> r.slug().equals("analyst") ? new Role(r.slug(), r.name(), r.shortName(), true) : r)
			.toList();
		Catalog one = new Catalog(c.sources(), roles, c.facts(), c.skills(), c.pay(), c.payContext(), c.premiums(),
				c.outlook(), c.useCases(), c.contrasts(), c.reviewedOn());
		assertThatIllegalStateException().isThrownBy(one::checked).withMessageContaining("the data have 1 [builder]");
	}

	private static Catalog withRoles(boolean thirdFull) {
		Catalog c = TestCatalogs.small();
		List<Role> roles = new ArrayList<>(c.roles());
		roles.add(new Role("third", text("Third", "Troisième"), text("Third", "Troisième"), !thirdFull));
		return new Catalog(c.sources(), roles, c.facts(), c.skills(), c.pay(), c.payContext(), c.premiums(),
				c.outlook(), c.useCases(), c.contrasts(), c.reviewedOn());
	}

}
