-- The data version (decision 0077), one counter per area of data: raised in the same transaction as every
-- change, so a server's caches can tell that another server changed something. A counter's row is locked by the
-- update until commit, so versions become visible in the order they were given; record_change says which
-- child each version was about (null: possibly every child), so a cache can refresh only those children.
create table data_version (
    area    varchar(20) not null,
    version bigint not null,
    constraint data_version_pk primary key (area)
);
insert into data_version (area, version) values ('RECORDS', 0);
insert into data_version (area, version) values ('STAFF', 0);
insert into data_version (area, version) values ('REPORTS', 0);

create table record_change (
    version    bigint not null,
    child_id   varchar(40),
    changed_at timestamp not null,
    constraint record_change_pk primary key (version)
);
create index record_change_at on record_change (changed_at);
