-- What an organisation is to the DLA and to collectives, whatever its kind: the MRA of a network or a CRESS
-- that carries collectives, a departmental operator (Nord Actif), the operator of a DLA. One organisation
-- may hold several roles (France Médiation is a prestataire and the MRA of its network).
create table organisation_role (
    organisation_id  bigint       not null references organisation (id),
    role             varchar(30)  not null,
    primary key (organisation_id, role)
);
create index organisation_role_role_idx on organisation_role (role);

-- The prestataire pool: a consultant organisation is in it once it has a profile, with its day rate, its
-- contact, its domains of competence and the regions it covers. Preselections offer only these firms.
create table consultant_profile (
    organisation_id  bigint        primary key references organisation (id),
    day_rate         numeric(8,2)  not null check (day_rate > 0),
    contact_name     varchar(120)  not null,
    contact_email    varchar(200)  not null,
    contact_phone    varchar(30),
    updated_at       timestamptz   not null
);

create table consultant_domain (
    organisation_id  bigint       not null references consultant_profile (organisation_id),
    domain           varchar(30)  not null,
    primary key (organisation_id, domain)
);

create table consultant_region (
    organisation_id  bigint      not null references consultant_profile (organisation_id),
    region_code      varchar(3)  not null references region (code),
    primary key (organisation_id, region_code)
);
create index consultant_region_region_idx on consultant_region (region_code);
