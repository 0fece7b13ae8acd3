-- reporting: the service's own text for each section of the annual report (issue 4), kept with the
-- report so that the built report and its PDF carry it. ("year" is reserved in H2: report_year.) One row per (year, section); a save replaces it.
create table report_narrative (
    report_year integer        not null,
    section     varchar(40)    not null,
    text        varchar(10000) not null,
    updated_by  varchar(100)   not null,
    updated_at  timestamp      not null,
    primary key (report_year, section)
);
