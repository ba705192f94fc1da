-- The open deadlines of a case by due date (see db/vendor/postgresql/V31__open_deadlines_by_case.sql). H2 has
-- neither partial nor covering indexes: the columns the query reads.
create index ix_deadline_open_case on case_deadline (case_id, status, due_at);
