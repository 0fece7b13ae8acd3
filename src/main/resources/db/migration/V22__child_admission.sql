-- children added in Promise: their home postcode, a number for their id, and optimistic locking.
alter table child add column home_postcode varchar(8);
alter table child add column version integer not null default 0;
create sequence child_number start with 1;
