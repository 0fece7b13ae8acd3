-- allocations are edited (hand-over, end) from the allocations page: optimistic locking.
alter table allocation add column version integer not null default 0;
