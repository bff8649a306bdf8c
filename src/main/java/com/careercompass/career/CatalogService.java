package com.careercompass.career;

import java.util.List;
import java.util.function.Function;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The career facts as one immutable {@link Catalog}. The data only changes with a Flyway
 * migration, which runs before the application starts, so the catalog is read once and
 * then served from the cache.
 */
@Service
public class CatalogService {

	private final CatalogRepository repository;

	CatalogService(CatalogRepository repository) {
		this.repository = repository;
	}

	@Cacheable("catalog")
	@Transactional(readOnly = true)
	public Catalog catalog() {
		CatalogRepository r = this.repository;
		return new Catalog(map(r.sources(), SourceEntity::toSource), map(r.roles(), RoleEntity::toRole),
				map(r.facts(), RoleFactEntity::toFact), map(r.skills(), SkillEntity::toSkill),
				map(r.pay(), PayFigureEntity::toFigure), map(r.premiums(), PayPremiumEntity::toPremium),
				map(r.outlook(), OutlookEntity::toFact), map(r.useCases(), UseCaseEntity::toUseCase),
				map(r.contrasts(), ContrastEntity::toContrast));
	}

	private static <E, T> List<T> map(List<E> entities, Function<E, T> mapper) {
		return entities.stream().map(mapper).toList();
	}

}
