-- who made a complaint: the child themselves, through an advocate, a parent, a carer, or someone else.
-- Complaints logged before this column existed are marked unknown rather than guessed.
alter table complaint add column made_by varchar(20) not null default 'UNKNOWN';
