-- access: where a user's daily digest is emailed (optional; no email, no digest by email).
alter table app_user add column email varchar(200);
