-- The audit trail becomes tamper-evident: each record carries its position in the chain (seq), the hash
-- of the record before it and its own hash = SHA-256 over a canonical serialisation of its fields and
-- that previous hash (fr.parcours.audit.chain.AuditHash computes the same in Java). Editing, removing or
-- reordering a row breaks the chain from that row on.
alter table audit_record
    add column seq       bigint,
    add column prev_hash varchar(64),
    add column hash      varchar(64);

-- Canonical serialisation: every field as <UTF-8 length>:<value> (-1: for null), separated by '|', so no
-- value can imitate a separator. Times in UTC with microseconds, the precision PostgreSQL stores.
create function audit_field(p_value text) returns text language sql immutable as $$
    select coalesce(octet_length(p_value) || ':' || p_value, '-1:')
$$;

create function audit_record_canonical(p_seq bigint, p_occurred_at timestamptz, p_actor text, p_case_type text,
                                       p_case_id bigint, p_action text, p_details text, p_prev_hash text)
    returns text language sql stable as $$
    select concat_ws('|', audit_field(p_seq::text),
        audit_field(to_char(p_occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
        audit_field(p_actor), audit_field(p_case_type), audit_field(p_case_id::text), audit_field(p_action),
        audit_field(p_details), audit_field(p_prev_hash))
$$;

create function audit_record_hash(p_seq bigint, p_occurred_at timestamptz, p_actor text, p_case_type text,
                                  p_case_id bigint, p_action text, p_details text, p_prev_hash text)
    returns text language sql stable as $$
    select encode(sha256(convert_to(audit_record_canonical(p_seq, p_occurred_at, p_actor, p_case_type, p_case_id,
        p_action, p_details, p_prev_hash), 'UTF8')), 'hex')
$$;

-- Records written before this migration are chained here, in id order (the order they were written in),
-- so the first verification already covers them.
do $$
declare
    r    record;
    n    bigint := 0;
    prev text := repeat('0', 64);
begin
    for r in select * from audit_record order by id loop
        n := n + 1;
        update audit_record
           set seq = n, prev_hash = prev,
               hash = audit_record_hash(n, r.occurred_at, r.actor, r.case_type, r.case_id, r.action, r.details, prev)
         where id = r.id
        returning hash into prev;
    end loop;
end $$;

alter table audit_record
    alter column seq set not null,
    alter column prev_hash set not null,
    alter column hash set not null,
    add constraint audit_record_seq_uk unique (seq);
create index audit_record_occurred_at_idx on audit_record (occurred_at);

-- Retention removes a whole prefix of the chain at once (AuditPurge) and leaves an anchor: the position
-- and hash of the last removed record, where verification then starts.
create table audit_chain_anchor (
    id              bigserial primary key,
    seq             bigint       not null unique,
    hash            varchar(64)  not null,
    removed_at      timestamptz  not null,
    records_removed bigint       not null
);

-- Append-only at the database level too: no UPDATE, DELETE or TRUNCATE, whoever the client is.
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger audit_record_no_change
    before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_append_only();
create trigger audit_chain_anchor_no_change
    before update or delete on audit_chain_anchor
    for each row execute function audit_record_append_only();
