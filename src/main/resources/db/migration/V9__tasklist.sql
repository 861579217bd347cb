-- Every task-list page looks its cases up by process instance id (one query for the page's 25 tasks).
create index accompaniment_process_instance_idx on accompaniment (process_instance_id);
