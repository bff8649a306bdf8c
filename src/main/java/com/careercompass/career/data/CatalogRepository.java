package com.careercompass.career.data;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads every table of the catalog once, fetching each association in the same query. */
interface CatalogRepository extends Repository<RoleEntity, Long> {

	@Query("select s from SourceEntity s order by s.sortOrder")
	List<SourceEntity> sources();

	@Query("select r from RoleEntity r order by r.sortOrder")
	List<RoleEntity> roles();

	@Query("select distinct f from RoleFactEntity f join fetch f.role left join fetch f.sources"
			+ " order by f.role.sortOrder, f.kind, f.sortOrder")
	List<RoleFactEntity> facts();

	@Query("select distinct s from SkillEntity s left join fetch s.roles left join fetch s.sources order by s.sortOrder")
	List<SkillEntity> skills();

	@Query("select p from PayFigureEntity p join fetch p.role join fetch p.source order by p.sortOrder")
	List<PayFigureEntity> pay();

	@Query("select p from PayPremiumEntity p join fetch p.role join fetch p.source order by p.sortOrder")
	List<PayPremiumEntity> premiums();

	@Query("select o from OutlookEntity o left join fetch o.role join fetch o.source order by o.sortOrder")
	List<OutlookEntity> outlook();

	@Query("select distinct u from UseCaseEntity u left join fetch u.sources order by u.sortOrder")
	List<UseCaseEntity> useCases();

	@Query("select distinct c from ContrastEntity c left join fetch c.sides s left join fetch s.role"
			+ " left join fetch c.sources order by c.sortOrder")
	List<ContrastEntity> contrasts();

	@Query("select c from PayContextEntity c join fetch c.role join fetch c.source order by c.sortOrder")
	List<PayContextEntity> payContext();

	@Query("select d.reviewedOn from DataSetEntity d")
	LocalDate reviewedOn();

}
