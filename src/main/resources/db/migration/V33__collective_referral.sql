-- A structure referred to its region's collectives by its individual DLA: the comité d'appui kept a plan axis
-- treated by joining an ingénierie collective. The region's coordinators accept it into a running collective
-- (it then participates there) or decline it with a reason.
create table collective_referral (
    id                 bigserial primary key,
    accompaniment_id   bigint        not null references accompaniment (id),
    case_reference     varchar(40)   not null,
    organisation_id    bigint        not null references organisation (id),
    region_code        varchar(3)    not null,
    plan_axis_id       bigint        not null unique references plan_axis (id),
    axis_title         varchar(200)  not null,
    axis_description   varchar(2000),
    referred_on        date          not null,
    referred_by        varchar(64)   not null,
    referred_at        timestamptz   not null,
    status             varchar(20)   not null,
    collective_id      bigint references collective_accompaniment (id),
    participation_id   bigint references collective_participation (id),
    decline_reason     varchar(2000),
    decided_by         varchar(64),
    decided_at         timestamptz,
    version            bigint        not null default 0,
    check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    check (status <> 'ACCEPTED' or (collective_id is not null and participation_id is not null)),
    check (status <> 'DECLINED' or decline_reason is not null),
    check (status = 'PENDING' or (decided_by is not null and decided_at is not null))
);
create index collective_referral_region_status_idx on collective_referral (region_code, status);
create index collective_referral_accompaniment_idx on collective_referral (accompaniment_id);
