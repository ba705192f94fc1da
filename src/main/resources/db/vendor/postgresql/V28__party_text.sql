-- Issue 16: the case list's party search. It asked for cases with a party whose name contains the term, through the
-- parties' own indexes, and then had to read each matching party row for its case: on the docket of 100,000 cases
-- and 300,000 parties, the count of a court's cases with a party named 科技 read 23,790 party rows (4,590 pages) and
-- took 60-150 ms; it was the slowest page of every load run. The case row now carries its parties' names (lower case,
-- one per line, kept by DisputeCase as it keeps search_text), indexed as search_text is, so that the court's count is
-- the intersection of two of the case table's indexes.
alter table dispute_case add column party_text text not null default '';

update dispute_case c set party_text = p.names
from (select case_id, string_agg(lower(name), E'\n' order by position) as names from case_party group by case_id) p
where p.case_id = c.id;

create index ix_case_party_text_bigrams on dispute_case using gin (text_bigrams(party_text));
create index ix_case_party_text_trgm on dispute_case using gin (party_text gin_trgm_ops);
alter table dispute_case alter column party_text set statistics 1000;
analyze dispute_case;
