-- (The comment on pay_figure in V1 says "gross": the articles never say gross or net, and
-- neither does the portal; V1 is left as applied.)

-- What a reader needs beside the pay figures, with no amount of its own (the editorial
-- source's pay_context). country and region narrow it to the figures it qualifies;
-- both null: all of the role's pay.
create table pay_context (
    id           bigint       not null primary key,
    role_id      bigint       not null references career_role (id),
    country_code varchar(2),
    region       varchar(100),
    text_en      varchar(300) not null,
    text_fr      varchar(300) not null,
    source_id    varchar(40)  not null references source_article (id),
    sort_order   integer      not null
);

insert into pay_context (id, role_id, country_code, region, text_en, text_fr, source_id, sort_order) values
    (1, 1, null, null, 'An average is hard to pin down because the job is so recent.',
        'Le métier est si récent qu’une moyenne reste difficile à établir.', 'datascientest-mle', 1),
    (2, 1, 'FR', 'Paris', 'Pay in Paris is above the rest of France.',
        'À Paris, la rémunération dépasse celle du reste de la France.', 'datascientest-mle', 2),
    (3, 1, 'IN', null, 'Above India''s national average; depends on company size and reputation, location, skills, education and experience.',
        'Au-dessus de la moyenne nationale indienne ; varie selon la taille et la réputation de l’entreprise, le lieu, les compétences, la formation et l’expérience.',
        'mle-roles-2019', 3);

-- An article without a title has none in French either: title_en only describes it, and
-- described_fr says the same in French, as our description, not a title.
alter table source_article alter column title_fr drop not null;
alter table source_article add column untitled boolean default false not null;
alter table source_article add column described_fr varchar(200);

update source_article
   set title_en = 'Untitled guide to the skills a machine learning engineer needs',
       title_fr = null,
       untitled = true,
       described_fr = 'Guide sans titre sur les compétences dont un ingénieur en machine learning a besoin'
 where id = 'mle-skills-guide';

-- Outlook periods in each language (French pages said "Période : to 2027").
alter table outlook_fact add column period_fr varchar(40);

update outlook_fact set period_fr = '2021-2031' where period_label = '2021-2031';
update outlook_fact set period_fr = 'jusqu’en 2027' where period_label = 'to 2027';
update outlook_fact set period_fr = 'depuis 2015' where period_label = 'since 2015';
update outlook_fact set period_fr = '2012-2017' where period_label = '2012-2017';
