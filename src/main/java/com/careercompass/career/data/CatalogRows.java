package com.careercompass.career.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careercompass.career.Contrast;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.PayContext;
import com.careercompass.career.PayFigure;
import com.careercompass.career.PayPremium;
import com.careercompass.career.Role;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;
import com.careercompass.career.Source;
import com.careercompass.career.UseCase;

import org.springframework.stereotype.Component;

/**
 * Every table of the catalog, read once and turned into the catalog's records: the only
 * place that knows the entities. Call it inside a read-only transaction.
 *
 * @param sources the articles
 * @param roles the roles
 * @param facts their facts
 * @param skills the skills
 * @param pay the pay figures
 * @param payContext what each pay figure is set against
 * @param premiums the pay-boosting skills
 * @param outlook the outlook facts
 * @param useCases the use cases
 * @param contrasts the contrasts between roles
 * @param reviewedOn when the data was last checked against its sources
 * @param roleSlugs each role's slug by its database id
 */
public record CatalogRows(List<Source> sources, List<Role> roles, List<RoleFact> facts, List<Skill> skills,
		List<PayFigure> pay, List<PayContext> payContext, List<PayPremium> premiums, List<OutlookFact> outlook,
		List<UseCase> useCases, List<Contrast> contrasts, LocalDate reviewedOn, Map<Long, String> roleSlugs) {

	/** Reads the rows through the catalog's repository. */
	@Component
	public static class Reader {

		private final CatalogRepository r;

		Reader(CatalogRepository repository) {
			this.r = repository;
		}

		/**
		 * Reads every table once.
		 * @return the rows as records
		 */
		public CatalogRows read() {
			List<RoleEntity> roles = this.r.roles();
			return new CatalogRows(map(this.r.sources(), SourceEntity::toSource), map(roles, RoleEntity::toRole),
					map(this.r.facts(), RoleFactEntity::toFact), map(this.r.skills(), SkillEntity::toSkill),
					map(this.r.pay(), PayFigureEntity::toFigure), map(this.r.payContext(), PayContextEntity::toContext),
					map(this.r.premiums(), PayPremiumEntity::toPremium), map(this.r.outlook(), OutlookEntity::toFact),
					map(this.r.useCases(), UseCaseEntity::toUseCase),
					map(this.r.contrasts(), ContrastEntity::toContrast), this.r.reviewedOn(),
					roles.stream().collect(Collectors.toUnmodifiableMap((e) -> e.id, (e) -> e.slug)));
		}

		private static <E, T> List<T> map(List<E> entities, Function<E, T> mapper) {
			return entities.stream().map(mapper).toList();
		}

	}

}
