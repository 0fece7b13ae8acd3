-- iro: the IRO manager's narrative for each section of the IRO annual report, by collection year.
create table iro_report_narrative (
    report_year  int           not null,
    section_key  varchar(20)   not null,
    narrative    varchar(8000) not null,
    updated_by   varchar(60)   not null,
    updated_at   timestamp     not null,
    version      int           not null default 0,
    primary key (report_year, section_key)
);
