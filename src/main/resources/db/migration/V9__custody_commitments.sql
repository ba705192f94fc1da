-- Custody entries from now on (format 2) commit to their details: commitment = SHA-256(salt || canonical details),
-- and entry_hash = SHA-256(canonical public header || previous hash), the header naming the commitment. So an
-- exported chain can withhold an entry's details and still be checked link by link. Entries written before keep
-- format 1 and their hash over the whole entry, never rewritten: bundles already issued still verify.
alter table custody_entry add column format_version integer default 1 not null;
-- Every entry written from now on states its format; the default served only the entries already there.
alter table custody_entry alter column format_version drop default;
alter table custody_entry add column salt varchar(32);
alter table custody_entry add column commitment varchar(64);
alter table custody_entry add constraint ck_custody_format check (
    (format_version = 1 and salt is null and commitment is null)
    or (format_version = 2 and salt is not null and commitment is not null));
