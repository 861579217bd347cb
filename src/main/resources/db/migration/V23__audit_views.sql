-- Auditors' search over audit_record: newest first, optionally by actor or action, over a period.
create index audit_record_occurred_idx on audit_record (occurred_at desc, id desc);
create index audit_record_actor_idx on audit_record (actor, occurred_at desc);
create index audit_record_action_idx on audit_record (action, occurred_at desc);
