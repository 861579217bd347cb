-- Consultant selection of one ingénierie: preselection, proposals, the structure's scores, the DLA's
-- validated choice (PV) and the notice every preselected consultant receives.

-- One preselected consultant of a mission, with its proposal and the structure's scores once known.
create table consultant_candidate (
    id                   bigserial primary key,
    mission_id           bigint        not null references engineering_mission (id),
    organisation_id      bigint        not null references organisation (id),
    preselected_by       varchar(64)   not null,
    preselected_at       timestamptz   not null,
    proposal_received    boolean,
    proposal_date        date,
    proposal_amount      numeric(12,2) check (proposal_amount >= 0),
    proposal_days        numeric(6,1)  check (proposal_days > 0),
    score_understanding  integer       check (score_understanding between 0 and 20),
    score_method         integer       check (score_method between 0 and 20),
    score_team           integer       check (score_team between 0 and 15),
    score_price          integer       check (score_price between 0 and 15),
    version              bigint        not null default 0,
    unique (mission_id, organisation_id)
);
create index consultant_candidate_organisation_idx on consultant_candidate (organisation_id);

-- The DLA's validation of the choice, with its minutes (PV). One per mission.
create table consultant_choice (
    id                   bigserial primary key,
    mission_id           bigint        not null unique references engineering_mission (id),
    candidate_id         bigint        not null references consultant_candidate (id),
    minutes              varchar(4000) not null,
    decided_on           date          not null,
    decided_by           varchar(64)   not null,
    recorded_at          timestamptz   not null
);

-- What each preselected consultant is told once the choice is validated.
create table consultant_notice (
    id                   bigserial primary key,
    mission_id           bigint        not null references engineering_mission (id),
    organisation_id      bigint        not null references organisation (id),
    outcome              varchar(20)   not null,
    decided_on           date          not null,
    created_at           timestamptz   not null,
    unique (mission_id, organisation_id)
);
create index consultant_notice_organisation_idx on consultant_notice (organisation_id);
