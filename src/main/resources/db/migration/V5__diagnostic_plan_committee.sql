-- Diagnostic partagé, plan d'accompagnement (plan_axis is in V3) and comité d'appui.

-- One interview of the shared diagnostic, held with the structure's leaders; there may be several.
create table diagnostic_interview (
    id                bigserial primary key,
    accompaniment_id  bigint        not null references accompaniment (id),
    held_on           date          not null,
    participants      varchar(2000) not null,
    notes             varchar(4000),
    recorded_by       varchar(64)   not null,
    recorded_at       timestamptz   not null
);
create index diagnostic_interview_accompaniment_idx on diagnostic_interview (accompaniment_id, held_on);

-- The assessment of one of the seven themes of the diagnostic (level 1 to 4).
create table theme_assessment (
    id                bigserial primary key,
    accompaniment_id  bigint        not null references accompaniment (id),
    theme             varchar(40)   not null,
    strengths         varchar(2000) not null,
    weaknesses        varchar(2000) not null,
    level             integer       not null check (level between 1 and 4),
    assessed_by       varchar(64)   not null,
    assessed_at       timestamptz   not null,
    unique (accompaniment_id, theme)
);

-- The structure leaders' validation of the diagnostic's conclusions: one per accompaniment.
create table diagnostic_validation (
    id                bigserial primary key,
    accompaniment_id  bigint        not null unique references accompaniment (id),
    validated_on      date          not null,
    validated_by      varchar(500)  not null,
    comments          varchar(4000),
    recorded_by       varchar(64)   not null,
    recorded_at       timestamptz   not null
);

-- The comité d'appui's opinion on one revision of the plan; it advises, the officer decides.
create table committee_opinion (
    id                bigserial primary key,
    accompaniment_id  bigint        not null references accompaniment (id),
    plan_revision     integer       not null check (plan_revision >= 1),
    meeting_on        date          not null,
    members_present   varchar(2000) not null,
    opinion           varchar(4000) not null,
    recommendations   varchar(4000),
    amend_plan        boolean       not null,
    recorded_by       varchar(64)   not null,
    recorded_at       timestamptz   not null
);
create index committee_opinion_accompaniment_idx on committee_opinion (accompaniment_id, meeting_on);
