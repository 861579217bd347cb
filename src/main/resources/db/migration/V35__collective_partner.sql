-- Who carries a collective DLA (DOMAIN.md §2): e.g. the MRA of France Médiation and the CRESS as carrying
-- organisations, Nord Actif as departmental operator. Chosen among the organisations Parcours knows.
create table collective_partner (
    id                   bigserial primary key,
    collective_id        bigint        not null references collective_accompaniment (id),
    organisation_id      bigint        not null references organisation (id),
    role                 varchar(20)   not null check (role in ('CARRIER', 'OPERATOR')),
    unique (collective_id, organisation_id)
);
create index collective_partner_organisation_idx on collective_partner (organisation_id);
