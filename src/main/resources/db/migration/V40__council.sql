-- Conseils citoyens (DOMAIN.md §3): councils, their members in two colleges, facilitators, animation cycles.
create table council (
    id                       bigserial primary key,
    name                     varchar(200)  not null unique,
    city                     varchar(120)  not null,
    region_code              varchar(3)    not null,
    department_code          varchar(3)    not null,
    neighbourhoods           varchar(2000),
    charter_date             date,
    prefect_order_date       date,
    carrier_organisation_id  bigint references organisation (id),
    created_at               timestamptz   not null default now(),
    version                  bigint        not null default 0
);
create index council_region_idx on council (region_code);

create table council_facilitator (
    council_id   bigint       not null references council (id),
    user_id      varchar(64)  not null,
    assigned_on  date         not null,
    primary key (council_id, user_id)
);
create index council_facilitator_user_idx on council_facilitator (user_id);

-- Minimal personal data (loi Lamy: college, gender for the residents' parity).
create table council_member (
    id          bigserial primary key,
    council_id  bigint        not null references council (id),
    full_name   varchar(200)  not null,
    college     varchar(20)   not null check (college in ('RESIDENTS', 'LOCAL_ACTORS')),
    gender      varchar(10)   not null check (gender in ('FEMALE', 'MALE', 'OTHER')),
    joined_on   date          not null,
    left_on     date,
    check (left_on is null or left_on >= joined_on)
);
create index council_member_council_idx on council_member (council_id);

create table council_cycle (
    id                   bigserial primary key,
    council_id           bigint        not null references council (id),
    number               integer       not null,
    process_instance_id  varchar(64),
    started_at           timestamptz   not null default now(),
    report               varchar(4000),
    ended_at             timestamptz,
    unique (council_id, number)
);

create table council_mobilisation_action (
    id             bigserial primary key,
    cycle_id       bigint        not null references council_cycle (id),
    kind           varchar(20)   not null check (kind in ('DOOR_TO_DOOR', 'STAND', 'EVENT')),
    held_on        date          not null,
    contacts_made  integer       not null check (contacts_made >= 0),
    new_members    integer       not null check (new_members >= 0),
    recorded_by    varchar(64)   not null
);
create index council_mobilisation_cycle_idx on council_mobilisation_action (cycle_id);

create table council_meeting (
    id                bigserial primary key,
    cycle_id          bigint        not null references council_cycle (id),
    planned_on        date          not null,
    agenda            varchar(4000) not null,
    invitations_sent  boolean       not null,
    room              varchar(200)  not null,
    held              boolean,
    cancel_reason     varchar(2000),
    minutes           varchar(8000),
    expectations      varchar(4000),
    recorded_by       varchar(64)   not null,
    check (held is distinct from false or cancel_reason is not null)
);
create index council_meeting_cycle_idx on council_meeting (cycle_id);

create table council_attendance (
    meeting_id  bigint not null references council_meeting (id),
    member_id   bigint not null references council_member (id),
    primary key (meeting_id, member_id)
);

-- Actions decided by the council in a meeting (never by the facilitator), then followed up.
create table council_action (
    id           bigserial primary key,
    meeting_id   bigint        not null references council_meeting (id),
    decision     varchar(500)  not null,
    owner        varchar(200),
    support      varchar(20)   not null default 'NONE' check (support in ('NONE', 'LOGISTIC', 'ADMINISTRATIVE')),
    status       varchar(20)   not null default 'DECIDED' check (status in ('DECIDED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    done_on      date,
    check (status <> 'DONE' or done_on is not null)
);
create index council_action_meeting_idx on council_action (meeting_id);
