package com.careercompass.jobad;

import java.time.LocalDate;
import java.util.List;

import com.careercompass.career.Catalog;
import com.careercompass.career.FactKind;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the lexicon (migration V24) once, at start, each term resolved against the
 * catalog: a term naming a skill or a responsibility the catalog does not have stops the
 * start with its id.
 */
final class LexiconReader {

	private LexiconReader() {
	}

	static Lexicon read(JdbcClient jdbc, Catalog catalog) {
		LocalDate checked = jdbc.sql("select lexicon_checked_on from data_set where id = 1")
			.query(LocalDate.class)
			.single();
		List<Term> terms = jdbc.sql("""
				select t.id, t.term, t.lang, t.kind, t.skill_id, r.slug as role_slug, t.exact_case, t.why_en,
				       t.why_fr, f.text_en as duty_en, fr.slug as duty_role
				  from job_ad_term t
				  left join career_role r on r.id = t.role_id
				  left join role_fact f on f.id = t.duty_id
				  left join career_role fr on fr.id = f.role_id
				 order by t.id""").query((rs, n) -> {
			Term.Kind kind = Term.Kind.valueOf(rs.getString("kind"));
			long id = rs.getLong("id");
			Skill skill = null;
			RoleFact duty = null;
			if (kind == Term.Kind.SKILL) {
				long skillId = rs.getLong("skill_id");
				skill = catalog.skills()
					.stream()
					.filter((s) -> s.id() == skillId)
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("job_ad_term " + id + ": no skill " + skillId));
			}
			if (kind == Term.Kind.DUTY) {
				String role = rs.getString("duty_role");
				String text = rs.getString("duty_en");
				duty = catalog.factsOf(role, FactKind.RESPONSIBILITY)
					.stream()
					.filter((f) -> f.text().en().equals(text))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("job_ad_term " + id + ": not a responsibility"));
			}
			return new Term(id, rs.getString("term"), rs.getString("lang"), kind, skill, duty,
					rs.getString("role_slug"), rs.getBoolean("exact_case"),
					new LocalizedText(rs.getString("why_en"), rs.getString("why_fr")));
		}).list();
		return Lexicon.of(terms, checked);
	}

}
