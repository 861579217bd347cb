-- Deliverables of each structure in a collective DLA (DOMAIN.md §2): action plan, funding leads, CITER evaluation.
create table collective_deliverables (
    participation_id                 bigint primary key references collective_participation (id),
    action_plan                      varchar(4000),
    action_plan_date                 date,
    aided_contracts_at_stake         integer check (aided_contracts_at_stake >= 0),
    aided_contracts_made_permanent   integer check (aided_contracts_made_permanent >= 0),
    updated_by                       varchar(64)  not null,
    updated_at                       timestamptz  not null default now()
);

create table collective_funding_lead (
    id                bigserial primary key,
    participation_id  bigint         not null references collective_participation (id),
    funder            varchar(200)   not null,
    amount_sought     numeric(12, 2) not null check (amount_sought >= 0),
    status            varchar(20)    not null check (status in ('LEAD', 'APPLIED', 'OBTAINED')),
    amount_obtained   numeric(12, 2) check (amount_obtained >= 0)
);
create index collective_funding_lead_participation_idx on collective_funding_lead (participation_id);

-- The five CITER registers, each with its outputs (réalisations), results and impacts.
create table collective_evaluation (
    participation_id  bigint        not null references collective_participation (id),
    register          varchar(30)   not null,
    outputs           varchar(2000),
    results           varchar(2000),
    impacts           varchar(2000),
    primary key (participation_id, register)
);
