-- Issue 16: the clerk's home page lists the court's cases awaiting acceptance, oldest filing first. With only
-- (court_id, status) PostgreSQL walked the filing-date index of every case (93,000 rows read at 100,000 cases, the
-- submitted ones being the latest filed); with filed_at in the index the first twenty are an index range in order.
-- The new index also answers what the old one did (counts by court and status, from the index alone).
create index ix_case_court_status_filed on dispute_case (court_id, status, filed_at);
drop index ix_case_court_status;
