-- complaints: a version for optimistic locking (a save from a stale page is refused), and a counter per year
-- so that complaints logged at the same moment get different references.
alter table complaint add column version integer default 0 not null;

create table complaint_counter (
    received_year  integer primary key,
    last_number  integer not null
);
insert into complaint_counter (received_year, last_number)
select cast(substring(reference, 3, 4) as integer), max(cast(substring(reference, 8) as integer))
from complaint group by substring(reference, 3, 4);
