-- The ingénierie after the consultant is chosen: launch meeting, milestones, end report, satisfaction and
-- the officer's assessment. One row per mission except milestones (one per progress report).

create table mission_launch_meeting (
    id                        bigserial primary key,
    mission_id                bigint        not null unique references engineering_mission (id),
    meeting_date              date          not null,
    structure_participants    varchar(500)  not null,
    dla_participants          varchar(500)  not null,
    consultant_participants   varchar(500)  not null,
    agreed_schedule           varchar(4000) not null,
    recorded_by               varchar(64)   not null,
    recorded_at               timestamptz   not null
);

create table mission_milestone (
    id              bigserial primary key,
    mission_id      bigint        not null references engineering_mission (id),
    milestone_date  date          not null,
    days_spent      numeric(6,1)  not null check (days_spent > 0),
    deliverables    varchar(4000) not null,
    justification   varchar(2000),
    finished        boolean       not null,
    reported_by     varchar(64)   not null,
    reported_at     timestamptz   not null
);
create index mission_milestone_mission_idx on mission_milestone (mission_id, milestone_date);

create table mission_end_report (
    id               bigserial primary key,
    mission_id       bigint        not null unique references engineering_mission (id),
    summary          varchar(4000) not null,
    results          varchar(4000) not null,
    recommendations  varchar(4000) not null,
    total_days       numeric(6,1)  not null check (total_days > 0),
    written_by       varchar(64)   not null,
    written_at       timestamptz   not null
);

create table mission_satisfaction (
    id           bigserial primary key,
    mission_id   bigint        not null unique references engineering_mission (id),
    quality      smallint      not null check (quality between 1 and 5),
    listening    smallint      not null check (listening between 1 and 5),
    usefulness   smallint      not null check (usefulness between 1 and 5),
    comment      varchar(2000),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null
);

create table mission_assessment (
    id                   bigserial primary key,
    mission_id           bigint        not null unique references engineering_mission (id),
    objectives_achieved  varchar(10)   not null,
    comment              varchar(2000) not null,
    assessed_by          varchar(64)   not null,
    assessed_at          timestamptz   not null
);
