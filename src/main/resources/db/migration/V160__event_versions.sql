-- corrections of the remaining kinds of event (issue 10, decision 0125): optimistic locking on the health events,
-- PEP meetings, missing episodes, care leaver contacts and plan events a correction edits.
alter table health_event add column version integer not null default 0;
alter table education_event add column version integer not null default 0;
alter table missing_episode add column version integer not null default 0;
alter table care_leaver_contact add column version integer not null default 0;
alter table plan_event add column version integer not null default 0;
