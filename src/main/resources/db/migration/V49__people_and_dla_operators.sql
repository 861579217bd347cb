-- People and DLA operators, managed from the app's own administration screens (no SQL, no Camunda Admin).

-- An operator ("porteur") carries the DLA of one or more departments, or a regional DLA: an organisation of
-- kind OPERATOR and the departments it covers. Several operators per region.
create table dla_operator (
    organisation_id  bigint       primary key references organisation (id),
    region_code      varchar(3)   not null references region (code),
    regional         boolean      not null default false
);

create table dla_operator_department (
    organisation_id  bigint       not null references dla_operator (organisation_id),
    department_code  varchar(3)   not null references department (code),
    primary key (organisation_id, department_code)
);
create index dla_operator_department_code_idx on dla_operator_department (department_code);

-- An officer may cover several departments of their operator; user_scope.department_code stays the first one.
create table user_scope_department (
    user_id          varchar(64)  not null references user_scope (user_id),
    department_code  varchar(3)   not null,
    primary key (user_id, department_code)
);

-- What the app knows of a person beyond Camunda's identity: the role given by an administrator, the
-- organisation they work for (an officer's operator, a coordinator's carrier), whether they may log in, and
-- whether they must choose a new password at their next login. Never deleted: the history names them.
create table user_account (
    user_id                   varchar(64)   primary key,
    role                      varchar(20)   not null,
    employer_organisation_id  bigint        references organisation (id),
    active                    boolean       not null default true,
    password_change_required  boolean       not null default false,
    created_at                timestamptz   not null default now(),
    version                   bigint        not null default 0
);
create index user_account_employer_idx on user_account (employer_organisation_id);
