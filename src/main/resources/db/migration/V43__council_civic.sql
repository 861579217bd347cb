-- Vie citoyenne of a council (loi Lamy, art. 7): its members in the contrat de ville steering bodies, and the
-- interpellations it sends to institutions with their answers. Members are referred to by id only, so an
-- erased member (RGPD) leaves an anonymous tombstone and the participation counts stay right.
create table council_steering_meeting (
    id                bigserial primary key,
    council_id        bigint        not null references council (id),
    held_on           date          not null,
    body              varchar(30)   not null check (body in ('STEERING_COMMITTEE', 'TECHNICAL_COMMITTEE', 'OTHER')),
    body_name         varchar(200),
    subject           varchar(500)  not null,
    council_position  varchar(4000) not null,
    obtained          varchar(4000),
    recorded_by       varchar(64)   not null,
    check (body <> 'OTHER' or body_name is not null)
);
create index council_steering_meeting_council_idx on council_steering_meeting (council_id);

create table council_steering_attendance (
    steering_meeting_id  bigint not null references council_steering_meeting (id),
    member_id            bigint not null references council_member (id),
    primary key (steering_meeting_id, member_id)
);
create index council_steering_attendance_member_idx on council_steering_attendance (member_id);

create table council_interpellation (
    id                     bigserial primary key,
    council_id             bigint        not null references council (id),
    sent_on                date          not null,
    institution            varchar(30)   not null check (institution in ('DISTRICT_TOWN_HALL', 'TOWN_HALL',
                               'PREFECTURE', 'SOCIAL_LANDLORD', 'INTERMUNICIPALITY', 'DEPARTMENT', 'OTHER')),
    addressee              varchar(200),
    subject                varchar(500)  not null,
    summary                varchar(4000) not null,
    decided_at_meeting_id  bigint references council_meeting (id),
    status                 varchar(20)   not null default 'SENT' check (status in ('SENT', 'ANSWERED', 'NO_ANSWER')),
    answered_on            date,
    answer_summary         varchar(4000),
    recorded_by            varchar(64)   not null,
    version                bigint        not null default 0,
    check (institution <> 'OTHER' or addressee is not null),
    check (status <> 'ANSWERED' or (answered_on is not null and answer_summary is not null)),
    check (answered_on is null or answered_on >= sent_on)
);
create index council_interpellation_council_idx on council_interpellation (council_id);
