-- corrections (issue 10): optimistic locking on the reviews a correction edits.
alter table review add column version integer not null default 0;
