-- staff: the council's social workers, team managers, IROs and personal advisers, keyed by the worker ids
-- that allocations (and the 903 SW_ID) already use; contracted hours as a full-time equivalent.
create table staff_member (
    worker_id     varchar(40)  primary key,
    name          varchar(120) not null,
    role          varchar(40)  not null,
    team          varchar(40)  not null,
    email         varchar(254),
    agency        boolean      not null default false,
    fte           decimal(3,2) not null,
    date_from     date         not null,
    date_to       date,
    version       integer      not null default 0
);
create index staff_member_team on staff_member(team);
