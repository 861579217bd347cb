-- Facilitators' activity log (DOMAIN.md §3, the activity-reporting sheet): one row per action on one of the
-- three axes, written by the cycle steps (with the time the facilitator says they spent, if any) or entered by
-- hand for any other activity.
create table council_activity (
    id              bigserial primary key,
    facilitator_id  varchar(64)   not null,
    council_id      bigint        not null references council (id),
    cycle_id        bigint        references council_cycle (id),
    performed_on    date          not null,
    axis            varchar(20)   not null check (axis in ('MOBILISATION', 'PARTICIPATION', 'COUNCIL_ACTIONS')),
    kind            varchar(30)   not null check (kind in ('MOBILISATION_ACTION', 'MEETING_PREPARATION', 'MEETING',
                                                           'ACTION_FOLLOW_UP', 'CYCLE_REPORT', 'OTHER')),
    hours           numeric(4, 2) check (hours >= 0 and hours <= 24 and mod(hours * 4, 1) = 0),
    description     varchar(500),
    recorded_at     timestamptz   not null default now(),
    check (kind = 'OTHER' or cycle_id is not null),
    check (kind <> 'OTHER' or (hours is not null and description is not null))
);
create index council_activity_facilitator_idx on council_activity (facilitator_id, performed_on);
