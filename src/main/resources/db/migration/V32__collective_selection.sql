-- Consultant selection of a collective DLA (DOMAIN.md §2): the same steps as an individual ingénierie (§1.5),
-- preselection of 3 to 4 consultants, proposals, scores on the grid /70, validated choice (PV), notices.
create table collective_candidate (
    id                   bigserial primary key,
    collective_id        bigint        not null references collective_accompaniment (id),
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
    unique (collective_id, organisation_id)
);
create index collective_candidate_organisation_idx on collective_candidate (organisation_id);

-- The validated choice (PV) is recorded on the collective; the chosen firm is consultant_organisation_id.
alter table collective_accompaniment
    add column chosen_candidate_id  bigint references collective_candidate (id),
    add column choice_minutes       varchar(4000),
    add column choice_decided_on    date,
    add column choice_decided_by    varchar(64);

-- What each preselected consultant is told once the choice is validated: only its own outcome.
create table collective_consultant_notice (
    id                   bigserial primary key,
    collective_id        bigint        not null references collective_accompaniment (id),
    organisation_id      bigint        not null references organisation (id),
    outcome              varchar(20)   not null check (outcome in ('RETAINED', 'NOT_RETAINED', 'NO_PROPOSAL')),
    decided_on           date          not null,
    created_at           timestamptz   not null,
    unique (collective_id, organisation_id)
);
create index collective_consultant_notice_organisation_idx on collective_consultant_notice (organisation_id);
