-- benchmarks: the comparators (published figures for England, regions and statistical neighbours) and the
-- council's local targets shown beside each measure in the reports and on the dashboard (issue 4). YEAR, VALUE
-- and TABLE are reserved in H2: comparator_year, figure, source_table.
create table benchmark_comparator (
    measure_key     varchar(120)  not null,
    comparator_year integer       not null,
    area            varchar(120)  not null,
    figure          decimal(18,4) not null,
    source          varchar(500)  not null,
    source_table    varchar(300)  not null,
    imported_from   varchar(300)  not null,
    imported_by     varchar(100)  not null,
    imported_at     timestamp     not null,
    primary key (measure_key, comparator_year, area)
);

-- One target per measure and year. amber_tolerance: how far the figure may miss and still be amber, in the
-- measure's own units (decision 0008); 0 means any miss is red.
create table benchmark_target (
    measure_key     varchar(120)  not null,
    target_year     integer       not null,
    target          decimal(18,4) not null,
    direction       varchar(6)    not null check (direction in ('higher', 'lower')),
    amber_tolerance decimal(18,4) not null default 0 check (amber_tolerance >= 0),
    set_by          varchar(100)  not null,
    set_at          timestamp     not null,
    primary key (measure_key, target_year)
);

-- Raised by every change to either table, in the same transaction: a server keeping reports built with the old
-- figures sees it on its next page, even when the change came from a command in another process.
create table benchmark_revision (
    revision_id integer primary key,
    revision    bigint  not null
);
insert into benchmark_revision (revision_id, revision) values (1, 0);
