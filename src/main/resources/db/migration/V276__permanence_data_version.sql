-- The data version (decision 0077) of the permanence tables: plans, Permanence Panel meetings and decisions,
-- special guardianship and child arrangements orders and the support after them. Raised with every change, so the
-- permanence tracker's rows kept by each server are rebuilt when any server changes one.
insert into data_version (area, version) values ('PERMANENCE', 0);
