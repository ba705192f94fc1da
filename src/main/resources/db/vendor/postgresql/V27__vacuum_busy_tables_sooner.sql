-- The case list counts a court's cases from an index alone (V25), and the evidence and custody tabs count and page a
-- case's rows from their indexes (V23, V24). An index-only scan is only that while the table's visibility map is
-- current: every row on a page changed or added since the table's last vacuum is read from the table as well.
-- PostgreSQL vacuums a table by default once a fifth of its rows changed, or once a fifth were added: 20,000 of
-- 100,000 cases, 200,000 of 1,000,000 evidence items. Until then the counts read the table.
--
-- Measured on the benchmark docket (100,000 cases, 39,940 at the clerk's court; benchmarks.md): the first start and
-- load run on a freshly generated docket left 8,346 changed cases that no vacuum would come for, and counting the
-- clerk's cases then read 35,799 rows from the table. With 8,333 cases changed by hand, that count took 29 ms, and
-- 4-5 ms once the table was vacuumed (1.6 s). Vacuumed once a hundredth or a fiftieth of their rows changed or were
-- added, the busy tables keep their maps current.
alter table dispute_case set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
alter table case_party set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table case_deadline set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table evidence_item set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table custody_entry set (autovacuum_vacuum_insert_scale_factor = 0.02);
