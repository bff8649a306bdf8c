-- The quiz, as data: statements, background options, and one weight per statement and scored role.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

-- One row: the quiz version that result links carry. A migration that changes questions or weights bumps it.
create table quiz_meta (
    version integer not null primary key
);

create table quiz_question (
    id         bigint       not null primary key,
    code       varchar(30)  not null unique,
    kind       varchar(10)  not null check (kind in ('LIKERT', 'CHOICE')),
    sort_order integer      not null,
    text_en    varchar(300) not null,
    text_fr    varchar(300) not null
);

-- Options of CHOICE questions; LIKERT questions use the 1-5 agreement scale.
create table quiz_option (
    id          bigint       not null primary key,
    question_id bigint       not null references quiz_question (id),
    code        varchar(30)  not null,
    sort_order  integer      not null,
    label_en    varchar(200) not null,
    label_fr    varchar(200) not null,
    unique (question_id, code)
);

-- Skill categories a background option already covers (used to order next steps, never to score).
create table quiz_option_category (
    option_id bigint      not null references quiz_option (id),
    category  varchar(30) not null check (category in ('PROGRAMMING', 'MATH_STATS', 'ML_DL', 'DATA',
                  'BIG_DATA_CLOUD', 'SOFTWARE_ENGINEERING', 'TOOLS', 'COMMUNICATION')),
    primary key (option_id, category)
);

-- How typical agreeing with a statement is of a role: -2 (points away) to +2 (typical).
create table quiz_weight (
    question_id bigint  not null references quiz_question (id),
    role_id     bigint  not null references career_role (id),
    weight      integer not null check (weight between -2 and 2),
    primary key (question_id, role_id)
);
