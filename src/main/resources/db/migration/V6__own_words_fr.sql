-- Nine French texts that repeated the articles' own sentences, now in our own words (copycheck, issue 14).
-- V2 was corrected in place, so new databases get these texts directly; a database migrated before that
-- needs `flyway repair` (V2's checksum changed, docs/data.md), then this migration brings its texts up to date.

update role_fact set text_fr = 'Imaginer puis réaliser des systèmes de ML et leurs schémas' where id = 16;
update role_fact set text_fr = 'Tracer le parcours complet d''un projet de ML : recueil, préparation, gestion et analyse des données, puis entraînement, tests et mise en service du modèle' where id = 36;
update role_fact set text_fr = 'Créer sur mesure algorithmes et modèles de données' where id = 37;
update skill set name_fr = 'Bases de données : les concevoir et les programmer, NoSQL et cloud compris' where id = 12;
update skill set name_fr = 'Outils pour recueillir et nettoyer les données, outils de business intelligence (BI) compris' where id = 13;
update skill set name_fr = 'Outils pour valider puis déployer les modèles (SAS, Neptune, Kubeflow, Google AI)' where id = 18;
update outlook_fact set text_fr = 'En dix ans, les ingénieurs ML sont devenus plus demandés que les data scientists' where id = 5;
update outlook_fact set text_fr = 'Selon une étude de marché, le machine learning pèserait plus de 39 986,7 millions de dollars dans le monde en 2025, sa croissance annuelle moyenne (TCAC) atteignant 49,7 % de 2017 à 2025' where id = 11;
update use_case set text_fr = 'Sans oublier l''astronomie et l''espace, la robotique, la publicité et les réseaux sociaux' where id = 8;
