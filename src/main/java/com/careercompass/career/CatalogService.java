package com.careercompass.career;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The career facts as one immutable {@link Catalog}. The data only changes with a Flyway
 * migration, which runs before the application starts, so the catalog is read once, while
 * the application starts (which fails, saying why, if the database cannot be read): a
 * running instance never needs the database again.
 */
@Service
public class CatalogService {

	private final Catalog catalog;

	private final Map<Long, String> roleSlugs;

	CatalogService(CatalogRepository repository, PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		try {
			// one read of the roles, in one transaction, for the catalog and the ids
			Read read = Objects.requireNonNull(readOnly.execute((status) -> {
				List<RoleEntity> roles = repository.roles();
				return new Read(read(repository, roles),
						roles.stream().collect(Collectors.toUnmodifiableMap((r) -> r.id, (r) -> r.slug)));
			}));
			this.catalog = read.catalog().checked();
			this.roleSlugs = read.roleSlugs();
		}
		catch (DataAccessException | TransactionException ex) {
			throw new IllegalStateException("Could not read the career facts from the database at start-up", ex);
		}
	}

	/**
	 * The catalog, read at start.
	 * @return every fact
	 */
	public Catalog catalog() {
		return this.catalog;
	}

	/**
	 * The slug of a role by its database id, for the modules that keep rows about roles
	 * (the quiz's weights) without reading the career tables themselves.
	 * @param id the role's id ({@code career_role.id})
	 * @return its slug
	 * @throws IllegalStateException for an id no role has
	 */
	public String roleSlug(long id) {
		String slug = this.roleSlugs.get(id);
		if (slug == null) {
			throw new IllegalStateException("No role with id " + id);
		}
		return slug;
	}

	private static Catalog read(CatalogRepository r, List<RoleEntity> roles) {
		return new Catalog(map(r.sources(), SourceEntity::toSource), map(roles, RoleEntity::toRole),
				map(r.facts(), RoleFactEntity::toFact), map(r.skills(), SkillEntity::toSkill),
				map(r.pay(), PayFigureEntity::toFigure), map(r.payContext(), PayContextEntity::toContext),
				map(r.premiums(), PayPremiumEntity::toPremium), map(r.outlook(), OutlookEntity::toFact),
				map(r.useCases(), UseCaseEntity::toUseCase), map(r.contrasts(), ContrastEntity::toContrast),
				r.reviewedOn());
	}

	private static <E, T> List<T> map(List<E> entities, Function<E, T> mapper) {
		return entities.stream().map(mapper).toList();
	}

	private record Read(Catalog catalog, Map<Long, String> roleSlugs) {
	}

}
