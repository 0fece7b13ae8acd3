-- The council's population aged 0 to 17 (the ONS mid-year estimate) for each collection year (issue 15), so the
-- rate of children in care per 10,000 shows in the web application. Set by the performance team on /population;
-- a year without one falls back to the setting promise.population-aged-0-17.
create table population_estimate (
    population_year integer not null primary key,
    population integer not null,
    source varchar(500) not null,
    set_by varchar(100) not null,
    set_at timestamp not null,
    version integer not null default 0,
    constraint population_estimate_positive check (population > 0)
);
