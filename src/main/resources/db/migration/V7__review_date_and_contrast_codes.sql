-- When the facts were last checked against their sources: one value, kept with the data
-- it describes (the footer of every page shows it, and pay figures more than five years
-- older carry an "old figure" mark). Change it in the migration that changes the facts.
create table data_set (
    id          integer not null primary key check (id = 1),
    reviewed_on date    not null
);

insert into data_set (id, reviewed_on) values (1, date '2026-11-26');

-- A stable code for each point of contrast, so that pages can pick one (the comparison
-- at a glance shows core strengths and typical languages) without matching its text.
alter table contrast add column code varchar(20);

update contrast set code = 'OUTPUT' where id = 1;
update contrast set code = 'METAPHOR' where id = 2;
update contrast set code = 'STRENGTHS' where id = 3;
update contrast set code = 'BREADTH' where id = 4;
update contrast set code = 'LANGUAGES' where id = 5;
update contrast set code = 'DATA_SETS' where id = 6;
update contrast set code = 'OPERATIONS' where id = 7;

alter table contrast alter column code set not null;
alter table contrast add constraint contrast_code_unique unique (code);
