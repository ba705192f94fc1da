-- When a case was suspended: on resumption its open deadlines move by the days it stood still.
alter table dispute_case add column suspended_at timestamp with time zone;
