-- access: failed sign-ins by account and by client address, so that repeated guessing slows down and then
-- locks (shared by every server on the database).
create table sign_in_attempts (
    throttle_key  varchar(120) primary key,
    failures      integer      not null,
    last_failure  timestamp    not null,
    locked_until  timestamp
);
