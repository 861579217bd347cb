-- The annual report (and every per-case read of the ingénieries) finds a case's missions by accompaniment: without an
-- index PostgreSQL scans every mission for each case.
create index engineering_mission_accompaniment_idx on engineering_mission (accompaniment_id);
