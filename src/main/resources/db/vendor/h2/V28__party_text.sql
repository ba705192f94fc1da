-- The case row carries its parties' names, lower case, one per line (see db/vendor/postgresql/V28__party_text.sql).
alter table dispute_case add column party_text varchar(1000000) default '' not null;

update dispute_case c set party_text = coalesce((select listagg(lower(p.name), char(10)) within group (order by p.position)
                                                 from case_party p where p.case_id = c.id), '');
