-- Issue 25: old figures are marked by date, not by calendar year. The survey month where the article gives one:
-- the US Bureau of Labor Statistics' figure is from May 2021.
alter table pay_figure add column survey_month integer;
update pay_figure set survey_month = 5 where id = 1;
alter table pay_figure add constraint pay_figure_survey_month check (survey_month between 1 and 12);
