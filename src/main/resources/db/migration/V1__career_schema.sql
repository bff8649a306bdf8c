-- Career Compass schema. Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Every visible text has an English and a French column; every fact names its source.

create table source_article (
    id               varchar(40)  not null primary key,
    title_en         varchar(200) not null,
    title_fr         varchar(200) not null,
    publisher_en     varchar(200) not null,
    publisher_fr     varchar(200) not null,
    pub_year         integer,
    published_on     date,
    date_note_en     varchar(300),
    date_note_fr     varchar(300),
    label_en         varchar(60)  not null,
    label_fr         varchar(60)  not null,
    article_language varchar(2)   not null,
    sort_order       integer      not null
);

create table career_role (
    id           bigint       not null primary key,
    slug         varchar(80)  not null unique,
    name_en      varchar(120) not null,
    name_fr      varchar(120) not null,
    short_en     varchar(60)  not null,
    short_fr     varchar(60)  not null,
    partial_data boolean      not null,
    sort_order   integer      not null
);

-- Summary sentences, responsibilities and education facts of a role, in reading order.
create table role_fact (
    id         bigint       not null primary key,
    role_id    bigint       not null references career_role (id),
    kind       varchar(20)  not null check (kind in ('SUMMARY', 'RESPONSIBILITY', 'EDUCATION')),
    sort_order integer      not null,
    text_en    varchar(400) not null,
    text_fr    varchar(400) not null
);

create table role_fact_source (
    fact_id   bigint      not null references role_fact (id),
    source_id varchar(40) not null references source_article (id),
    primary key (fact_id, source_id)
);

create table skill (
    id         bigint       not null primary key,
    name_en    varchar(200) not null,
    name_fr    varchar(200) not null,
    category   varchar(30)  not null check (category in ('PROGRAMMING', 'MATH_STATS', 'ML_DL', 'DATA',
                   'BIG_DATA_CLOUD', 'SOFTWARE_ENGINEERING', 'TOOLS', 'COMMUNICATION')),
    sort_order integer      not null
);

-- Which roles the articles tie a skill to; a skill with several roles is shared.
create table skill_role (
    skill_id bigint not null references skill (id),
    role_id  bigint not null references career_role (id),
    primary key (skill_id, role_id)
);

create table skill_source (
    skill_id  bigint      not null references skill (id),
    source_id varchar(40) not null references source_article (id),
    primary key (skill_id, source_id)
);

-- One reported pay figure. Yearly gross pay; never converted, never averaged.
create table pay_figure (
    id            bigint         not null primary key,
    role_id       bigint         not null references career_role (id),
    country_code  varchar(2)     not null,
    region        varchar(100),
    employer      varchar(100),
    currency_code varchar(3)     not null,
    statistic     varchar(20)    not null check (statistic in ('MEAN', 'MEDIAN', 'RANGE_LOW', 'RANGE_HIGH', 'POINT')),
    amount        numeric(14, 2) not null,
    survey_year   integer,
    survey_en     varchar(200),
    survey_fr     varchar(200),
    source_id     varchar(40)    not null references source_article (id),
    repaired      boolean        not null,
    note_en       varchar(400),
    note_fr       varchar(400),
    sort_order    integer        not null
);

-- Skills a pay survey links to higher pay, as a premium over the role's average.
create table pay_premium (
    id              bigint       not null primary key,
    role_id         bigint       not null references career_role (id),
    skill_en        varchar(100) not null,
    skill_fr        varchar(100) not null,
    premium_percent integer      not null,
    survey          varchar(100) not null,
    source_id       varchar(40)  not null references source_article (id),
    sort_order      integer      not null
);

-- Job-market outlook; role_id is null for facts about the whole field.
create table outlook_fact (
    id           bigint         not null primary key,
    role_id      bigint references career_role (id),
    text_en      varchar(400)   not null,
    text_fr      varchar(400)   not null,
    figure_value numeric(14, 2),
    figure_unit  varchar(20) check (figure_unit in ('PERCENT', 'PERCENT_PER_YEAR', 'TIMES', 'TRILLION_USD', 'MILLION_USD')),
    period_label varchar(40),
    survey_en    varchar(200),
    survey_fr    varchar(200),
    source_id    varchar(40)    not null references source_article (id),
    sort_order   integer        not null
);

create table use_case (
    id         bigint       not null primary key,
    text_en    varchar(300) not null,
    text_fr    varchar(300) not null,
    sort_order integer      not null
);

create table use_case_source (
    use_case_id bigint      not null references use_case (id),
    source_id   varchar(40) not null references source_article (id),
    primary key (use_case_id, source_id)
);

-- A point on which roles differ; each role's side of it is a contrast_side row.
create table contrast (
    id         bigint       not null primary key,
    aspect_en  varchar(100) not null,
    aspect_fr  varchar(100) not null,
    sort_order integer      not null
);

create table contrast_side (
    contrast_id bigint       not null references contrast (id),
    role_id     bigint       not null references career_role (id),
    text_en     varchar(300) not null,
    text_fr     varchar(300) not null,
    primary key (contrast_id, role_id)
);

create table contrast_source (
    contrast_id bigint      not null references contrast (id),
    source_id   varchar(40) not null references source_article (id),
    primary key (contrast_id, source_id)
);

create index role_fact_role on role_fact (role_id);
create index skill_role_role on skill_role (role_id);
create index pay_figure_role on pay_figure (role_id);
create index pay_premium_role on pay_premium (role_id);
create index outlook_fact_role on outlook_fact (role_id);
