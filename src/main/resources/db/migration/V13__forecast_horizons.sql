-- Issue 25: forecasts carry their horizon. made_year is the year the forecast was made, where the article says so
-- (the report's year in its name); horizon_year the last year it looks to, read from the article's own words. Both
-- stay null where the article does not say. A horizon that has passed by the review date reads as passed on every
-- page and in the API, and is never an outlook headline where a current figure exists.
alter table outlook_fact add column made_year integer;
alter table outlook_fact add column horizon_year integer;

-- "projected to grow 36% from 2021 to 2031" (US BLS)
update outlook_fact set horizon_year = 2031 where id = 1;
-- "until 2027" (World Economic Forum, Future of Jobs Report 2023)
update outlook_fact set made_year = 2023, horizon_year = 2027 where id = 2;
-- "over the next five years" (World Economic Forum, Future of Jobs Report 2023)
update outlook_fact set made_year = 2023, horizon_year = 2028 where id = 8;
-- "between 2020 and 2025" (World Economic Forum, report year not stated)
update outlook_fact set horizon_year = 2025 where id = 9;
-- "by 2025", growth rate over 2017-2025 (a market study the article does not date)
update outlook_fact set horizon_year = 2025 where id = 11;
