-- education (issue 12): each child's results by key stage and school year (named by the year it starts), as the
-- council's school data gives them. A measure a key stage does not have is null.
create table attainment (
    child_id          varchar(40)  not null references child(child_id),
    school_year       integer      not null,
    key_stage         varchar(4)   not null,
    good_level        boolean,
    expected_rwm      boolean,
    attainment8       decimal(4,1),
    progress8         decimal(4,2),
    english_maths_94  boolean,
    english_maths_95  boolean,
    imported_from     varchar(300) not null,
    version           integer      not null default 0,
    primary key (child_id, school_year, key_stage)
);
