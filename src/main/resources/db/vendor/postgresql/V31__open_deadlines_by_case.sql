-- The home page of counsel lists the open deadlines of their cases, soonest first (DisputeCases.openDeadlines, the
-- membership part). With only (status, due_at) and (case_id), PostgreSQL read every open deadline of the docket within
-- the window (51,610 of 181,561 on the benchmark docket) and joined them to the 1,052 cases of the demo counsel, or
-- read all the deadlines of each of those cases, closed ones included: 35-100 ms. With the open deadlines indexed by
-- case, each case's are an index range read from the index alone: 14-34 ms, the machine busy with other work.
create index ix_deadline_open_case on case_deadline (case_id, due_at) include (id) where status = 'OPEN';
