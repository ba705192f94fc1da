-- Background jobs (the lapse timer, the nightly sweep, ...): one row each, seen by every node. A node takes a due run
-- by moving next_due on with a conditional update, so one node runs it; each run's end is recorded for /health and
-- the administration page.
create table background_job (
    name                  varchar(64)   primary key,
    next_due              timestamp with time zone not null,
    last_started          timestamp with time zone,
    started_on            varchar(200),
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    last_failure_message  varchar(2000)
);
