-- Parcours' own tables. Camunda's ACT_* tables are created and upgraded by the engine itself.

create table organisation (
    id               bigserial primary key,
    name             varchar(200) not null,
    siret            char(14) unique,
    legal_form       varchar(40)  not null,
    kind             varchar(20)  not null,
    city             varchar(120) not null,
    department_code  varchar(3)   not null,
    region_code      varchar(3)   not null,
    sector           varchar(120),
    employees        integer check (employees >= 0),
    aided_contracts  integer check (aided_contracts >= 0),
    created_at       timestamptz  not null default now()
);
create index organisation_department_idx on organisation (department_code);
create index organisation_region_idx on organisation (region_code);

-- What a user may see: a department (DLA officers), a region (coordinators), an organisation
-- (consultants), or everything when both codes are null (national auditors, admins).
create table user_scope (
    user_id          varchar(64) primary key,
    region_code      varchar(3),
    department_code  varchar(3),
    organisation_id  bigint references organisation (id)
);

create table accompaniment (
    id                   bigserial primary key,
    business_key         varchar(40)  not null unique,
    organisation_id      bigint       not null references organisation (id),
    department_code      varchar(3)   not null,
    motive               varchar(2000) not null,
    phase                varchar(30)  not null,
    process_instance_id  varchar(64),
    intake_decision      varchar(30),
    referral_partner     varchar(200),
    referral_reason      varchar(2000),
    decided_by           varchar(64),
    decided_at           timestamptz,
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null default now(),
    version              bigint       not null default 0
);
create index accompaniment_department_idx on accompaniment (department_code);
create index accompaniment_organisation_idx on accompaniment (organisation_id);
-- Human-readable case numbers (DLA-2026-000042), independent from the primary key.
create sequence accompaniment_number_seq;
