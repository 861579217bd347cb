-- Suivi / consolidation: the follow-up meetings after the missions, and the closure of the case.

-- One follow-up meeting. Indicators count what was achieved since the previous follow-up, so the sums
-- over a case or a territory count nothing twice.
create table follow_up (
    id                           bigserial primary key,
    accompaniment_id             bigint        not null references accompaniment (id),
    number                       integer       not null check (number >= 1),
    meeting_date                 date          not null,
    effects                      varchar(4000) not null,
    jobs_consolidated            integer       not null check (jobs_consolidated >= 0),
    aided_contracts_permanent    integer       not null check (aided_contracts_permanent >= 0),
    funding_obtained             numeric(12,2) not null check (funding_obtained >= 0),
    actions_carried_out          varchar(4000),
    new_needs                    varchar(2000),
    open_new_accompaniment       boolean       not null default false,
    -- The accompaniment opened for the new needs, once the follow-up is over.
    new_accompaniment_id         bigint references accompaniment (id),
    recorded_by                  varchar(64)   not null,
    recorded_at                  timestamptz   not null,
    unique (accompaniment_id, number)
);

-- The end of an accompaniment (phase CLOSED); one row at most per case.
create table accompaniment_closure (
    accompaniment_id  bigint primary key references accompaniment (id),
    closed_on         date        not null,
    closed_by         varchar(64) not null,
    closed_at         timestamptz not null
);
