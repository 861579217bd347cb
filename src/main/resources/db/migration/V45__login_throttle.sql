-- Login throttle (identity/LoginThrottle): one Bucket4j token bucket per client address ("address:…") and
-- per account ("account:…"), shared by every node. A row expires once its bucket is full again.
create table login_throttle (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);
create index login_throttle_expires_idx on login_throttle (expires_at);
