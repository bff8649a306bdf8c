-- An outlook fact is dated like a pay figure: by the year of the report behind it where the article names one
-- (the year in its survey's name), else by its article's date; a fact with neither is undated, never current.
alter table outlook_fact add column reported_year integer;
-- World Economic Forum, Future of Jobs Report 2023; McKinsey Technology Trends Outlook 2023.
update outlook_fact set reported_year = 2023 where id in (2, 6, 8);
-- Indeed 2019, Best Jobs in the US and India.
update outlook_fact set reported_year = 2019 where id = 3;
-- LinkedIn US Emerging Jobs 2017.
update outlook_fact set reported_year = 2017 where id = 4;
