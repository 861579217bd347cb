-- CITER with figures (issue 15): each register's réalisations, résultats and impacts get a measurable value and its
-- unit beside the text; the economic register's avoided costs are estimated from counts of interventions by type
-- times a unit cost avoided, each coefficient with its source, set per region by its coordinators.
alter table collective_evaluation
    add column outputs_value numeric(12, 2) check (outputs_value >= 0),
    add column outputs_unit  varchar(60),
    add column results_value numeric(12, 2) check (results_value >= 0),
    add column results_unit  varchar(60),
    add column impacts_value numeric(12, 2) check (impacts_value >= 0),
    add column impacts_unit  varchar(60);

create table citer_cost_coefficient (
    region_code   varchar(3)     not null,
    intervention  varchar(30)    not null check (intervention in ('DAMAGE_REPAIRED', 'POLICE_CALLOUT',
                                                                  'EMERGENCY_CALLOUT', 'EVICTION', 'SCHOOL_DROPOUT')),
    unit_cost     numeric(12, 2) not null check (unit_cost > 0),
    source        varchar(1000)  not null,
    updated_by    varchar(64)    not null,
    updated_at    timestamptz    not null,
    primary key (region_code, intervention)
);

create table collective_intervention_count (
    participation_id  bigint      not null references collective_participation (id),
    intervention      varchar(30) not null check (intervention in ('DAMAGE_REPAIRED', 'POLICE_CALLOUT',
                                                                   'EMERGENCY_CALLOUT', 'EVICTION', 'SCHOOL_DROPOUT')),
    interventions     integer     not null check (interventions >= 0),
    primary key (participation_id, intervention)
);
