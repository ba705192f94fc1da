-- A deadline counted across a year without a holiday file is provisional (CPL art. 85 moves its end off a
-- statutory holiday, and only that year's file says which days those are), and keeps what it was counted from,
-- so that it is counted again when the file is installed: the event day and the period's days, or the day the
-- court chose (days null). A hearing is not counted: both stay null.
-- The default stays: the synthetic case generator (operations) inserts deadlines with plain SQL.
alter table case_deadline add column provisional boolean default false not null;
alter table case_deadline add column reckoned_from date;
alter table case_deadline add column reckoned_days integer;

-- Deadlines stored before this knew nothing of their count. Their stored last day is the best start there is:
-- counted again as a day the court chose, it moves on to the next working day if the new file makes it a rest
-- day. The provisional-deadlines job, at the next start, marks those that lie in a year without a file.
update case_deadline set reckoned_from = due_on where kind <> 'HEARING';
