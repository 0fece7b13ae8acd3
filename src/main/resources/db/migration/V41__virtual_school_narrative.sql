-- education (issue 12): the Virtual School Head's narrative for the annual report, one per school year (named by
-- the year it starts), kept with the figures the record gives.
create table virtual_school_narrative (
    school_year  integer       primary key,
    narrative    varchar(20000) not null,
    written_by   varchar(100)  not null,
    written_at   timestamp     not null,
    version      integer       not null default 0
);
