-- A way into a role that the articles give for one country only says so: the data scientist's only
-- education facts are the US Bureau of Labor Statistics' picture. A French reader sees routes given for
-- France first (none of the five articles gives one today; DataScientest's advice is not tied to a country).
alter table role_fact add column country varchar(2);
update role_fact set country = 'US' where id in (42, 43);
