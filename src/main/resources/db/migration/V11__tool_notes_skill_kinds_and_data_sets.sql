-- The editorial yaml of 2026-12-01, and the skill kinds the skills check ranks by.

-- 1. The data-sets contrast, reworded in the yaml closer to what its article says (the
--    Data Scientist sometimes has to build a data set; the ML Engineer usually waits for
--    one before designing the model), with our sentences for the reader to match.
update contrast_side set
    text_en = 'Does not only use existing data sets: sometimes has to build them',
    text_fr = 'Ne se limite pas aux jeux de données existants : doit parfois les constituer',
    choose_en = 'don''t mind building a data set yourself when none exists',
    choose_fr = 'acceptez de constituer vous-même un jeu de données quand il n’en existe pas'
    where contrast_id = 6 and role_id = 2;
update contrast_side set
    text_en = 'Usually waits to receive a data set before designing the model',
    text_fr = 'Attend en général qu’on lui fournisse un jeu de données avant de concevoir le modèle',
    choose_en = 'would rather design the model once the data has been handed to you',
    choose_fr = 'préférez concevoir le modèle une fois les données fournies'
    where contrast_id = 6 and role_id = 1;

-- 2. Our own dated notes on tools the articles name whose development has stopped. Not
--    facts from the articles: the pages show them as the portal's notes, beside the skill
--    that names the tool, wherever it appears.
create table tool_note (
    id         bigint       not null primary key,
    skill_id   bigint       not null references skill (id),
    tool       varchar(60)  not null,
    since_year integer      not null,
    note_en    varchar(300) not null,
    note_fr    varchar(300) not null,
    sort_order integer      not null
);

insert into tool_note (id, skill_id, tool, since_year, note_en, note_fr, sort_order) values
    (1, 36, 'Theano', 2017,
     'Development stopped after version 1.0 (November 2017); its authors at MILA announced the end of major development in September 2017.',
     'Développement arrêté après la version 1.0 (novembre 2017) ; ses auteurs, au MILA, avaient annoncé la fin des développements majeurs en septembre 2017.',
     1),
    (2, 36, 'Caffe', 2017,
     'Last release 1.0 (April 2017); its successor Caffe2 was merged into PyTorch in 2018.',
     'Dernière version : 1.0 (avril 2017) ; son successeur, Caffe2, a été fusionné dans PyTorch en 2018.',
     2),
    (3, 35, 'Microsoft CNTK', 2019,
     'Last release 2.7 (2019); Microsoft announced no further feature development.',
     'Dernière version : 2.7 (2019) ; Microsoft a annoncé qu’aucune nouvelle fonctionnalité ne serait développée.',
     3);

-- 3. What kind of skill each is, an editorial judgement of ours: CORE for the technical
--    skills of the job, GENERAL for aptitudes and ways of working every job asks for
--    (analytical thinking, communication, teamwork, continuous learning, technical
--    aptitude, agile working). The skills check suggests core skills first.
alter table skill add column kind varchar(10) default 'CORE' not null;
alter table skill add constraint skill_kind_known check (kind in ('CORE', 'GENERAL'));
update skill set kind = 'GENERAL' where id in (5, 10, 44, 45, 46, 47);

update data_set set reviewed_on = date '2026-12-01' where id = 1;
