-- Indexes for the case list at the size of a court's docket (measured with 100,000 cases, see README
-- "Benchmarks"); H2 has the same version as a script that does nothing.

-- The list searches with like '%term%' (DisputeCases): a B-tree cannot serve a pattern with a leading
-- wildcard, so every search read the whole case (or party) table. Trigram GIN indexes can: a search
-- for a rare word reads only the rows that contain its trigrams. A term of one or two characters (a
-- Chinese word, often) has no trigram and is still answered by a scan.
-- pg_trgm ships with PostgreSQL and is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

create index ix_case_search_text_trgm on dispute_case using gin (search_text gin_trgm_ops);
create index ix_party_name_lower_trgm on case_party using gin (lower(name) gin_trgm_ops);

-- The list counts a court's cases that have a matching party by joining the court's case ids with the
-- parties' case ids; with this index those ids come from the index alone instead of the case table.
create index ix_case_court_id on dispute_case (court_id, id);

-- The planner estimates how many rows a like '%term%' matches from a sample of the column. With the
-- default sample a rare party name was estimated at 3,000 rows instead of 200, and the list then walked
-- the cases newest first looking for it (100 ms) instead of fetching its 200 rows from the index (2 ms).
alter table dispute_case alter column search_text set statistics 1000;
alter index ix_party_name_lower_trgm alter column 1 set statistics 1000;
analyze dispute_case;
analyze case_party;
