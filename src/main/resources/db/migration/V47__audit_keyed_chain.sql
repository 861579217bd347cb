-- The chain becomes keyed: from the next position on, each record's hash is HMAC-SHA256 over the same canonical
-- serialisation (V22), keyed with PARCOURS_AUDIT_KEY, a secret kept outside the database, so that even someone
-- able to rewrite the table cannot recompute the chain. Records already written keep their plain SHA-256 hashes
-- (audit_record_hash still computes those); this row says where keyed hashes start. The app seals it with the key
-- right after this migration (audit/chain/AuditKeyingSeal): verification refuses an unsealed or moved cut-over, and
-- a seal that does not match tells that the configured key is the wrong one.
create table audit_chain_keying (
    id         bigserial primary key,
    from_seq   bigint      not null unique,
    started_at timestamptz not null default now(),
    seal       varchar(64)
);
insert into audit_chain_keying (from_seq) select coalesce(max(seq), 0) + 1 from audit_record;

-- Append-only too, except for sealing the row once.
create function audit_chain_keying_seal_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seal is null and new.seal is not null and new.id = old.id
       and new.from_seq = old.from_seq and new.started_at = old.started_at then
        return new;
    end if;
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_chain_keying_no_change
    before update or delete on audit_chain_keying
    for each row execute function audit_chain_keying_seal_once();
create trigger audit_chain_keying_no_truncate
    before truncate on audit_chain_keying
    for each statement execute function audit_record_append_only();
create trigger audit_chain_anchor_no_truncate
    before truncate on audit_chain_anchor
    for each statement execute function audit_record_append_only();

-- An anchor proves what it replaces: besides the position and hash of the last removed record, the newest
-- occurred_at among the removed records, the retention period applied, and a seal (HMAC with the key over all of
-- it). Verification refuses an anchor whose records had not passed that period when they were removed, and an
-- anchor without a valid seal (anchors written before this migration have none).
alter table audit_chain_anchor
    add column newest_removed_at timestamptz,
    add column retention         varchar(40),
    add column seal              varchar(64);
