-- access: accounts are edited by administrators (optimistic locking), and set their password from a one-time link.
alter table app_user add column version integer default 0 not null;

create table password_link (
    token_hash  varchar(64)  primary key,
    username    varchar(60)  not null references app_user(username),
    expires_at  timestamp    not null,
    used_at     timestamp
);
