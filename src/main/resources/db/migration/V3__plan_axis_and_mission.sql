-- The two tables the plan and the ingénierie share; each phase adds its own tables in later migrations.

-- One prioritised axis of the accompaniment plan. Amending the plan after the comité d'appui creates a
-- new revision; earlier revisions are kept for the history.
create table plan_axis (
    id                bigserial primary key,
    accompaniment_id  bigint       not null references accompaniment (id),
    revision          integer      not null check (revision >= 1),
    priority          integer      not null check (priority >= 1),
    title             varchar(200) not null,
    description       varchar(2000),
    treatment         varchar(30)  not null,
    created_by        varchar(64)  not null,
    created_at        timestamptz  not null
);
create index plan_axis_accompaniment_idx on plan_axis (accompaniment_id, revision);

-- One ingénierie individuelle: from the cahier des charges to the officer's assessment.
create table engineering_mission (
    id                          bigserial primary key,
    accompaniment_id            bigint       not null references accompaniment (id),
    plan_axis_id                bigint       not null unique references plan_axis (id),
    status                      varchar(30)  not null,
    objectives                  varchar(4000),
    deliverables                varchar(4000),
    planned_days                numeric(6,1) check (planned_days > 0),
    budget_cap                  numeric(12,2) check (budget_cap >= 0),
    consultant_organisation_id  bigint references organisation (id),
    version                     bigint       not null default 0
);
create index engineering_mission_consultant_idx on engineering_mission (consultant_organisation_id);
