package com.careercompass.career;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.careercompass.career.data.CatalogRows;

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

	CatalogService(CatalogRows.Reader rows, PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		try {
			// one read of every table, in one transaction, for the catalog and the ids
			CatalogRows read = Objects.requireNonNull(readOnly.execute((status) -> rows.read()));
			this.catalog = new Catalog(read.sources(), read.roles(), read.facts(), read.skills(), read.pay(),
					read.payContext(), read.premiums(), read.outlook(), read.useCases(), read.contrasts(),
					read.reviewedOn())
				.checked();
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

}
