-- The ingénierie budget (issue 15): an annual envelope per DLA operator and per collective DLA, and what each mission
-- costs it. Officers are not linked to an operator yet: an operator's envelope names the territory its DLA covers
-- (one department, or the whole region for a regional DLA), and an officer of that department sees it.
create table budget_envelope (
    id               bigserial primary key,
    operator_id      bigint         references organisation (id),
    collective_id    bigint         references collective_accompaniment (id),
    region_code      varchar(3)     not null,
    department_code  varchar(3),
    budget_year      integer        not null check (budget_year between 2000 and 2100),
    amount           numeric(12, 2) not null check (amount > 0),
    updated_by       varchar(64)    not null,
    updated_at       timestamptz    not null,
    version          bigint         not null default 0,
    check ((operator_id is null) <> (collective_id is null)),
    check (collective_id is null or department_code is null)
);
create unique index budget_envelope_operator_year_idx on budget_envelope (operator_id, budget_year)
    where operator_id is not null;
create unique index budget_envelope_collective_year_idx on budget_envelope (collective_id, budget_year)
    where collective_id is not null;
-- One operator's DLA per territory and year.
create unique index budget_envelope_territory_year_idx
    on budget_envelope (region_code, coalesce(department_code, ''), budget_year) where operator_id is not null;

-- One ingénierie's cost: the chosen proposal (days × day rate), ordered on the DLA's validation of the choice.
create table budget_mission (
    id                      bigserial primary key,
    engineering_mission_id  bigint         unique references engineering_mission (id),
    accompaniment_id        bigint         references accompaniment (id),
    collective_id           bigint         references collective_accompaniment (id),
    region_code             varchar(3)     not null,
    department_code         varchar(3),
    structure_name          varchar(300)   not null,
    consultant_name         varchar(300)   not null,
    days                    numeric(7, 2)  check (days > 0),
    agreed_amount           numeric(12, 2) not null check (agreed_amount > 0),
    ordered_on              date           not null,
    over_envelope_reason    varchar(2000),
    created_at              timestamptz    not null,
    version                 bigint         not null default 0,
    check ((accompaniment_id is null) <> (collective_id is null))
);
create index budget_mission_region_idx on budget_mission (region_code, ordered_on);
create index budget_mission_collective_idx on budget_mission (collective_id);

-- Who else pays part of a mission: the structure itself, the Region, the European Social Fund, another funder.
create table budget_cofinancing (
    id                 bigserial primary key,
    budget_mission_id  bigint         not null references budget_mission (id),
    source             varchar(20)    not null check (source in ('STRUCTURE', 'REGION', 'ESF', 'OTHER')),
    funder             varchar(200),
    amount             numeric(12, 2) not null check (amount > 0)
);
create index budget_cofinancing_mission_idx on budget_cofinancing (budget_mission_id);

-- The consultant's invoices for the DLA's share, received after the order, paid after receipt.
create table budget_invoice (
    id                 bigserial primary key,
    budget_mission_id  bigint         not null references budget_mission (id),
    reference          varchar(100)   not null,
    received_on        date           not null,
    amount             numeric(12, 2) not null check (amount > 0),
    paid_on            date,
    check (paid_on is null or paid_on >= received_on)
);
create index budget_invoice_mission_idx on budget_invoice (budget_mission_id);

-- The PV of a choice over the envelope carries the reason given for it after the minutes.
alter table consultant_choice alter column minutes type varchar(7000);
alter table collective_accompaniment alter column choice_minutes type varchar(7000);
