-- A bundle reads the current version of its items' receipt signatures: the newest renewal of each, asked of the
-- case's renewals of that kind at once (SignatureRenewals.newestSignaturesInCase) rather than by the items' ids.
create index ix_signature_renewal_case on signature_renewal (case_id, kind);
