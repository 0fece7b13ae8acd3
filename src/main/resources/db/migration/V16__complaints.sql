-- complaints: representations and complaints by or about a child in care or care leaver (Children Act 1989
-- procedure, RPR 2006). One row per complaint with the date each stage started and ended; the stage
-- deadlines are worked out by the deadline engine, never stored.
create table complaint (
    reference            varchar(12)  primary key,
    child_id             varchar(40)  not null references child(child_id),
    received             date         not null,
    summary              varchar(500) not null,
    stage1_extended      boolean      not null default false,
    stage1_responded     date,
    stage2_requested     date,
    stage2_extended      boolean      not null default false,
    stage2_responded     date,
    stage3_requested     date,
    panel_held           date,
    panel_reported       date,
    authority_responded  date,
    recorded_by          varchar(100) not null,
    updated_at           timestamp    not null
);
create index complaint_child on complaint(child_id);
create index complaint_received on complaint(received);
