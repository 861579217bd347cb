-- What the census found for each structure (seed, Hauts-de-France): a social-mediation project, its
-- adultes-relais agreements and its headcount (the MRA looked for small associations). Null for structures
-- that joined late, outside the census.
alter table collective_participation
    add column has_mediation_project     boolean,
    add column adultes_relais_agreements integer check (adultes_relais_agreements between 0 and 999),
    add column employees_at_census       integer check (employees_at_census between 0 and 99999);

-- Demo seeds that must run once whatever the restarts and the number of app nodes: the node whose insert
-- of the seed's name succeeds seeds it, in the same transaction; the others find the row and skip.
create table demo_seed (
    name       varchar(60)  primary key,
    seeded_at  timestamptz  not null default now()
);
