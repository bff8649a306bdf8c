-- Issue 25: French a native reader trusts. Wrong or misleading translations of the editorial file's English,
-- an English leftover, and a fact that said more than the article (the LinkedIn figure counts growth, not posts).
update role_fact set text_fr = 'En général un diplôme de niveau master ou supérieur en informatique, mathématiques, statistiques ou dans un domaine voisin'
  where id = 25;
update role_fact set text_fr = 'Un ingénieur ML doté de compétences avancées en deep learning peut être appelé ingénieur IA (AI Engineer).'
  where id = 8;
update role_fact set text_fr = 'Un programmeur qui maîtrise bien la data science peut lui aussi devenir ingénieur ML, après être passé d’abord par le travail sur les données.'
  where id = 50;
-- "Formation continue" names the regulated continuing-education system in France.
update skill set name_fr = 'Apprentissage continu (conférences, publications, cours)' where id = 46;
update contrast set aspect_fr = 'Ce que le métier produit' where id = 1;
update pay_premium set skill_fr = 'Analyse de recherche' where id = 7;
update outlook_fact set text_fr = 'Classé premier métier émergent aux États-Unis, avec une croissance multipliée par 9,8 en cinq ans'
  where id = 4;
update outlook_fact set survey_fr = 'CEPR (centre de recherche en politique économique)' where id = 10;
