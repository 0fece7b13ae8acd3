-- demo: marks a database the demo council filled, so demo data is never mixed with a council's real records.
create table demo_council (
    seed       bigint    not null,
    filled_at  timestamp not null
);
-- A database filled by the demo before this table existed: its demo accounts say so.
insert into demo_council (seed, filled_at)
select 2026, current_timestamp from app_user where username = 'performance'
    and exists (select 1 from app_user where username = 'social.worker')
    and exists (select 1 from app_user where username = 'admin');
