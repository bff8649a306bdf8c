-- Issue 25: the fact behind a quiz statement may come from several articles; four facts were cited or worded wrong,
-- two more were worded loosely.
create table quiz_question_source (
    question_id bigint      not null references quiz_question (id),
    source_id   varchar(40) not null references source_article (id),
    sort_order  integer     not null,
    primary key (question_id, source_id)
);
insert into quiz_question_source (question_id, source_id, sort_order)
select id, basis_source, 0 from quiz_question where basis_source is not null;

-- The AI-engineer part of the deep-learning fact is S. Nitiema's.
insert into quiz_question_source (question_id, source_id, sort_order)
select id, 'nitiema-ds-vs-mle', 1 from quiz_question where code = 'deeplearning';
-- The custom-tools part of the platform fact is DATAVERSITY's.
insert into quiz_question_source (question_id, source_id, sort_order)
select id, 'dataversity-2023', 1 from quiz_question where code = 'platform';
-- "Reports and charts" is DataScientest's.
insert into quiz_question_source (question_id, source_id, sort_order)
select id, 'datascientest-mle', 1 from quiz_question where code = 'present';

-- The article says data scientists sometimes build the data set, not often (the editorial file now says so too).
update quiz_question set
    basis_en = 'Data scientists sometimes have to build the data set themselves; ML engineers usually receive one.',
    basis_fr = 'Le data scientist doit parfois constituer lui-même le jeu de données ; l’ingénieur ML en reçoit en général un.'
  where code = 'dataset';
-- No article says "every day".
update quiz_question set
    basis_en = 'ML engineers and data scientists both work with machine learning; to software engineers it usually feels remote.',
    basis_fr = 'Ingénieurs ML et data scientists travaillent tous deux avec le machine learning ; pour l’ingénieur logiciel, il reste en général lointain.'
  where code = 'mlfocus';
-- Git is listed for data scientists too: say why the statement still points to the ML engineer.
update quiz_question set
    basis_en = 'Software engineering is among ML engineers’ core strengths; data scientists use Git too, but the articles name software engineering only for ML engineers.',
    basis_fr = 'Le génie logiciel fait partie des points forts de l’ingénieur ML ; le data scientist utilise aussi Git, mais les articles ne citent le génie logiciel que pour l’ingénieur ML.'
  where code = 'software';

-- MATLAB is a programming environment, not a ready-made program.
update skill set
    explanation_en = 'Software for statistical analysis (SPSS, SAS) and a programming environment for numerical computing (MATLAB).',
    explanation_fr = 'Des logiciels d’analyse statistique (SPSS, SAS) et un environnement de programmation pour le calcul numérique (MATLAB).'
  where id = 14;
