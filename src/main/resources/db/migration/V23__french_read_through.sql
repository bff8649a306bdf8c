-- A French read-through of the texts the pages show: French a native editor would write.
-- « qui fait des plans un système » is not idiomatic: a builder turns plans into a system.
update contrast_side set text_fr = 'Le bâtisseur, qui transforme les plans en un système qui fonctionne'
 where contrast_id = 2 and role_id = 1;
-- A list of nouns after a verb wants its articles.
update role_fact set text_fr = 'Mettre au point des algorithmes et des modèles de données sur mesure' where id = 37;
-- « font des chiffres des tableaux de bord »: tools turn figures into dashboards.
update quiz_question set explain_fr = 'SQL, le langage pour interroger les bases de données ; des tableurs comme Excel ; et des outils de business intelligence (BI) qui transforment les chiffres en tableaux de bord.'
 where code = 'sql';
-- « au lieu d’avoir les siens » is loose: one owns the machines one does not rent.
update skill set explanation_fr = 'Louer en ligne des machines, du stockage et des services prêts à l’emploi plutôt que d’en posséder.'
 where id = 3;
-- The third item of the list had no verb.
update skill set explanation_fr = 'Versionner le code, le découper en parties indépendantes, et adopter des habitudes comme la relecture et les tests.'
 where id = 42;
