-- Nothing is lost (issue 17): what was editable without a version gets one, so a save from a stale page is refused.
alter table report_narrative add column version integer default 0 not null;
alter table benchmark_target add column version integer default 0 not null;
alter table benchmark_comparator add column version integer default 0 not null;
alter table lateness_reason add column version integer default 0 not null;
alter table lateness_explanation add column version integer default 0 not null;

-- A reason is on the list once, whatever its case, even when two administrators add it at the same moment.
alter table lateness_reason add column label_key varchar(200);
update lateness_reason set label_key = lower(label);
alter table lateness_reason alter column label_key set not null;
alter table lateness_reason add constraint lateness_reason_label unique (label_key);

-- Who saw this child (issue 17): a list, worklist, download or drill-down that shows children records which children
-- it showed as a reference to a stored list of them (audit_list, named by a SHA-256 of its sorted child ids, so the
-- same worklist opened again adds no rows); children_shown counts them on the entry itself.
create table audit_list (
    list_id   varchar(64) primary key,
    children  integer     not null
);

create table audit_list_child (
    list_id   varchar(64) not null references audit_list(list_id),
    child_id  varchar(40) not null,
    primary key (list_id, child_id)
);
create index audit_list_child_child on audit_list_child(child_id);

alter table audit_event add column children_shown integer;
alter table audit_event add column children_list varchar(64) references audit_list(list_id);
