-- Residents' college drawn by lot (loi Lamy): the draw, the lists it drew from, the members it brought in.
-- Drawn persons who declined or could not be reached are counted, never named (minimal personal data).
create table council_draw (
    id                 bigserial primary key,
    council_id         bigint       not null references council (id),
    drawn_on           date         not null,
    drawn_count        integer      not null check (drawn_count > 0),
    declined_count     integer      not null check (declined_count >= 0),
    unreachable_count  integer      not null check (unreachable_count >= 0),
    recorded_by        varchar(64)  not null,
    recorded_at        timestamptz  not null default now(),
    check (declined_count + unreachable_count <= drawn_count)
);
create index council_draw_council_idx on council_draw (council_id);

create table council_draw_list (
    draw_id      bigint        not null references council_draw (id),
    position     integer       not null,
    kind         varchar(20)   not null check (kind in ('ELECTORAL_ROLL', 'LANDLORD_TENANTS', 'VOLUNTEERS', 'OTHER')),
    label        varchar(200),
    names_count  integer       not null check (names_count > 0),
    primary key (draw_id, position)
);

alter table council_member add column draw_id bigint references council_draw (id);
create index council_member_draw_idx on council_member (draw_id);
