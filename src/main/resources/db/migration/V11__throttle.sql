-- Counters of the rate limits and the login throttle, shared by every server node: one row per key (a route
-- and client address, or an account and address). Times are epoch milliseconds, the same on H2 and PostgreSQL.
-- A row whose expires_ms has passed counts for nothing and is deleted by the next clean-up.
create table throttle_counter (
    counter_key  varchar(200) primary key,
    hits         integer not null,
    last_hit_ms  bigint  not null,
    expires_ms   bigint  not null
);
create index ix_throttle_counter_expires on throttle_counter (expires_ms);

-- The bootstrap administrator whose password was generated must choose one at first login.
alter table app_user add column password_change_required boolean default false not null;
