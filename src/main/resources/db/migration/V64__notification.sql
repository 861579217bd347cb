-- E-mail notifications (README "Notifications"): each person's preference, the outbox the app writes mails to in
-- the transaction of the step that causes them, addresses that bounced, the once-a-day runs claimed by one node,
-- and the late tasks escalated to the people who run their case.
create table notification_preference (
    user_id    varchar(64) primary key,
    frequency  varchar(16) not null check (frequency in ('IMMEDIATE', 'DAILY_DIGEST', 'NONE')),
    -- null: the person never chose, mails are in French
    locale     varchar(8) check (locale in ('fr', 'en')),
    updated_at timestamptz not null
);

create table mail_outbox (
    id                  bigserial primary key,
    kind                varchar(16) not null check (kind in ('TASK_ASSIGNED', 'TASK_ARRIVED', 'DIGEST', 'ESCALATION')),
    recipient_user_id   varchar(64) not null,
    recipient_address   varchar(320) not null,
    locale              varchar(8) not null,
    -- what a task mail is about, captured in the step's transaction; rendered after commit
    task_id             varchar(64),
    task_name           varchar(255),
    process_instance_id varchar(64),
    group_id            varchar(64),
    due_at              timestamptz,
    -- the mail as sent (digest and escalation mails are rendered when written)
    subject             varchar(255),
    text_body           text,
    html_body           text,
    status              varchar(8) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts            integer not null default 0,
    next_attempt_at     timestamptz not null,
    last_error          varchar(1000),
    created_at          timestamptz not null,
    sent_at             timestamptz
);
create index mail_outbox_pending on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_recent on mail_outbox (created_at desc);
-- One mail per task, kind and person, whichever events the engine fires.
create unique index mail_outbox_once_per_task on mail_outbox (kind, task_id, recipient_user_id) where task_id is not null;

create table mail_address_flag (
    address    varchar(320) primary key,
    reason     varchar(1000) not null,
    flagged_at timestamptz not null
);

create table notification_daily_run (
    kind   varchar(16) not null,
    day    date not null,
    ran_at timestamptz not null,
    primary key (kind, day)
);

create table task_escalation (
    task_id             varchar(64) not null,
    recipient_user_id   varchar(64) not null,
    task_name           varchar(255),
    task_definition_key varchar(255),
    process_instance_id varchar(64),
    due_at              timestamptz not null,
    escalated_at        timestamptz not null,
    primary key (task_id, recipient_user_id)
);
create index task_escalation_recipient on task_escalation (recipient_user_id);
