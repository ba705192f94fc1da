-- Issue 12, points 10-12: before an order to produce evidence.

-- Hearing the other side (CE art. 46 para. 1): the court's invitation to give an opinion - who, when, and the day
-- it set. Requests filed before this have none: the court invites the opinion before it opens the review.
alter table disclosure_request add column opinion_invited_by varchar(64);
alter table disclosure_request add column opinion_invited_at timestamp with time zone;
alter table disclosure_request add column opinion_due_on date;
alter table disclosure_request add column opinion_due_at timestamp with time zone;

-- Who said the evidence holds trade secrets (IPE art. 26 para. 1), and the judge's finding that none is involved.
-- Older requests said nothing (false); in a trade-secret case the case's type still counts as saying so.
alter table disclosure_request add column secret_said_by_applicant boolean default false not null;
alter table disclosure_request add column secret_said_by_ordered boolean default false not null;
alter table disclosure_request add column no_secret_finding varchar(10000);

-- Costs (CPLI art. 112 para. 2): the applicant bears them, so the order no longer offers a choice. cost_bearer stays
-- and is set to the applicant's side on each new order; an older order keeps the side it named.
