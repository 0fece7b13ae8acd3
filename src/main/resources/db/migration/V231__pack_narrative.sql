-- The performance team's narrative for each section of a board pack, kept with the pack's period (issue 15):
-- period_code is how the pack is asked for (month=2026-10, quarter=2027-Q2, year=2026).
create table pack_narrative (
    period_code varchar(20) not null,
    section_id varchar(60) not null,
    text varchar(10000) not null,
    updated_by varchar(100) not null,
    updated_at timestamp not null,
    version integer not null default 1,
    primary key (period_code, section_id)
);
