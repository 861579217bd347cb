-- One row per business change, written in the transaction of the change itself.
create table audit_record (
    id           bigserial primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    case_type    varchar(30)  not null,
    case_id      bigint       not null,
    action       varchar(60)  not null,
    details      varchar(4000)
);
create index audit_record_case_idx on audit_record (case_type, case_id, occurred_at);
