-- Issue 25: what kind of text each article is, so /sources can say what people are reading (our reading of the
-- editorial file's publisher notes: DATAVERSITY's article republished in French by an aggregator; upGrad's blog,
-- which promotes the company's own diploma; a personal blog post; a training company's page; an untitled guide
-- with no author).
alter table source_article add column kind varchar(30);
update source_article set kind = 'PRESS_REPUBLICATION' where id = 'dataversity-2023';
update source_article set kind = 'COURSE_PROVIDER_BLOG' where id = 'mle-roles-2019';
update source_article set kind = 'PERSONAL_BLOG' where id = 'nitiema-ds-vs-mle';
update source_article set kind = 'COURSE_PROVIDER' where id = 'datascientest-mle';
update source_article set kind = 'UNTITLED_GUIDE' where id = 'mle-skills-guide';
alter table source_article alter column kind set not null;
alter table source_article add constraint source_article_kind
    check (kind in ('PRESS_REPUBLICATION', 'COURSE_PROVIDER_BLOG', 'PERSONAL_BLOG', 'COURSE_PROVIDER', 'UNTITLED_GUIDE'));
