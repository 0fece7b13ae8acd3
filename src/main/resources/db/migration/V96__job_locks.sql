-- Jobs that must run once across servers take a lock here first (ShedLock, decision 0076). Times are the
-- database's own clock, so servers whose clocks differ still agree.
create table shedlock (
    name       varchar(64) not null,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
