-- Collective DLA (DOMAIN.md §2): one regional accompaniment, the structures taking part, its sessions.
create table collective_accompaniment (
    id                          bigserial primary key,
    business_key                varchar(40)   not null unique,
    title                       varchar(200)  not null,
    region_code                 varchar(3)    not null,
    planned_months              integer       not null check (planned_months between 1 and 36),
    start_date                  date          not null,
    phase                       varchar(30)   not null,
    process_instance_id         varchar(64),
    census_criteria             varchar(2000),
    meeting_date                date,
    meeting_needs               varchar(4000),
    specifications              varchar(4000),
    consultant_organisation_id  bigint references organisation (id),
    end_evaluation              varchar(4000),
    follow_up                   varchar(4000),
    late_noticed_at             timestamptz,
    lateness_note               varchar(2000),
    created_by                  varchar(64)   not null,
    created_at                  timestamptz   not null default now(),
    version                     bigint        not null default 0
);
create index collective_accompaniment_region_idx on collective_accompaniment (region_code);
create sequence collective_number_seq;

-- One structure in one collective: invited by the census, participating from the meeting (or later), maybe dropped out.
create table collective_participation (
    id               bigserial primary key,
    collective_id    bigint        not null references collective_accompaniment (id),
    organisation_id  bigint        not null references organisation (id),
    status           varchar(20)   not null,
    joined_on        date,
    needs            varchar(4000),
    work_notes       varchar(4000),
    delivered_on     date,
    dropped_out_on   date,
    drop_out_reason  varchar(2000),
    version          bigint        not null default 0,
    unique (collective_id, organisation_id),
    check (status <> 'DROPPED_OUT' or drop_out_reason is not null)
);
create index collective_participation_collective_idx on collective_participation (collective_id);

create table collective_session (
    id             bigserial primary key,
    collective_id  bigint        not null references collective_accompaniment (id),
    held_on        date          not null,
    theme          varchar(30)   not null,
    notes          varchar(2000),
    recorded_by    varchar(64)   not null,
    recorded_at    timestamptz   not null default now()
);
create index collective_session_collective_idx on collective_session (collective_id);

create table collective_attendance (
    session_id        bigint not null references collective_session (id),
    participation_id  bigint not null references collective_participation (id),
    primary key (session_id, participation_id)
);
