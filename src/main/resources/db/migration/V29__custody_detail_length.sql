-- A custody entry's details name what it is about; a bundle export names every item it carried, by exhibit number and
-- by id, about 12 characters an item: 120,000 characters for a case's 10,000 items. The column held 4,000, so the
-- record of an export of more than about 300 items failed after the bundle had gone out, and the export was not
-- logged. Ten million characters (PostgreSQL's limit for varchar is 10,485,760) hold an export of some 800,000 items.
-- The same statement on H2 and PostgreSQL; it keeps the column's values and its not-null constraint.
alter table custody_entry alter column detail set data type varchar(10000000);
