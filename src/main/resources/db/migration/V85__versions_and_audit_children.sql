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

-- Who saw this child (issue 17): a list, worklist, download or drill-down that shows children records each child
-- it showed, one row per child, beside its audit entry; children_shown counts them on the entry itself.
alter table audit_event add column children_shown integer;

create table audit_child (
    audit_id  bigint      not null references audit_event(audit_id),
    child_id  varchar(40) not null,
    primary key (audit_id, child_id)
);
create index audit_child_child on audit_child(child_id);
