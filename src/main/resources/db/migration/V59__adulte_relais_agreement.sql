-- Adultes-relais agreements as records (issue 15): per structure, each State-aided mediator post in a priority
-- neighbourhood (QPV), its dates, State aid, renewals and status; a process per agreement reminds the structure's
-- officers (and the coordinators of a collective it takes part in) six months before it ends. No personal data:
-- the post is named by its job title only.
create table adulte_relais_agreement (
    id                   bigserial primary key,
    reference            varchar(30)    not null unique,
    organisation_id      bigint         not null references organisation (id),
    qpv                  varchar(200)   not null,
    job_title            varchar(200)   not null,
    start_date           date           not null,
    end_date             date           not null,
    state_aid            numeric(12, 2) not null check (state_aid > 0),
    renewals             integer        not null default 0 check (renewals >= 0),
    status               varchar(20)    not null check (status in ('ACTIVE', 'RENEWED', 'MADE_PERMANENT', 'ENDED')),
    status_date          date,
    process_instance_id  varchar(64),
    created_by           varchar(64)    not null,
    created_at           timestamptz    not null,
    version              bigint         not null default 0,
    check (end_date > start_date),
    check (status_date is null or status_date >= start_date)
);
create index adulte_relais_agreement_organisation_idx on adulte_relais_agreement (organisation_id, status);
create sequence adulte_relais_agreement_number_seq;
