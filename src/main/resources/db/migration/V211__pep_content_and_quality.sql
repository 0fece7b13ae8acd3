-- education (issue 12): what a personal education plan says (its targets, the child's views, the designated teacher,
-- the Pupil Premium Plus asked for and what for) and the Virtual School's rating of its quality, with the remedial
-- action asked of the school and the date it is due. Each belongs to one PEP meeting (an education_event row) and
-- goes with it if the meeting is withdrawn.
create table pep_content (
    education_event_id  bigint        primary key references education_event(education_event_id) on delete cascade,
    child_id            varchar(40)   not null references child(child_id),
    targets             varchar(2000) not null,
    child_views         varchar(2000),
    designated_teacher  varchar(100)  not null,
    ppp_amount          decimal(7,2),
    ppp_purpose         varchar(500),
    recorded_by         varchar(100)  not null,
    version             integer       not null default 0
);
create index pep_content_child on pep_content(child_id);

create table pep_quality (
    education_event_id  bigint        primary key references education_event(education_event_id) on delete cascade,
    child_id            varchar(40)   not null references child(child_id),
    rating              varchar(24)   not null,
    remedial_action     varchar(1000),
    remedial_by         date,
    rated_on            date          not null,
    rated_by            varchar(100)  not null,
    version             integer       not null default 0
);
create index pep_quality_child on pep_quality(child_id);
