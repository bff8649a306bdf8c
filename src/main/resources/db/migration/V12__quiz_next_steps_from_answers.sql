-- Next steps from what the person said (issue 24). Our own editorial links, not facts of
-- the articles: which listed skills stand behind the kind of work each statement
-- describes, and which skills a background already brings.

-- 1. More statements lead to the skills behind their work (V5 linked 13 of them).
insert into quiz_question_skill (question_id, skill_id)
select q.id, s.skill_id
  from (values ('realtime', 34), ('deeplearning', 40), ('performance', 32), ('performance', 43),
               ('platform', 42), ('platform', 3), ('dataset', 13), ('business', 15), ('mlfocus', 40),
               ('mlfocus', 17)) as s (code, skill_id)
  join quiz_question q on q.code = s.code;

-- 2. Skills a background brings: left out of that person's next steps (the categories of
--    quiz_option_category were too coarse: a statistician uses R every day, yet R is a
--    programming language).
create table quiz_option_skill (
    option_id bigint not null references quiz_option (id),
    skill_id  bigint not null references skill (id),
    primary key (option_id, skill_id)
);

insert into quiz_option_skill (option_id, skill_id) values
    -- statistics or mathematics: statistics, analytics, linear algebra, Bayesian
    -- statistics, statistical software, R
    (1, 7), (1, 15), (1, 16), (1, 38), (1, 14), (1, 2),
    -- software development: Git, data structures, software engineering, Linux, source
    -- control, agile ways of working, web APIs
    (2, 21), (2, 22), (2, 24), (2, 25), (2, 42), (2, 44), (2, 37),
    -- data analysis or business intelligence: data analysis, visualisation, SQL, BI tools,
    -- Excel, presenting to decision makers
    (3, 8), (3, 9), (3, 11), (3, 13), (3, 20), (3, 10);
