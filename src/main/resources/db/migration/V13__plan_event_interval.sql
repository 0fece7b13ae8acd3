-- care: the interval agreed with a plan event, in weeks (reg 48 short-break visits agreed with the IRO
-- and parents); null for events that carry none.
alter table plan_event add column interval_weeks integer;
alter table plan_event add constraint plan_event_interval_weeks check (interval_weeks is null or interval_weeks > 0);
