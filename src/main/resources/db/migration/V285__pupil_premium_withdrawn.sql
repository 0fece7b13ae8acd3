-- education (issue 12): a Pupil Premium Plus payment can be changed (at its version, which the table has had since
-- V215) and withdrawn. A withdrawn payment stays on the record, with who withdrew it, when and why, and no longer
-- counts in what was paid or what is left.
alter table pupil_premium_payment add column withdrawn_at timestamp;
alter table pupil_premium_payment add column withdrawn_by varchar(100);
alter table pupil_premium_payment add column withdrawn_reason varchar(500);
