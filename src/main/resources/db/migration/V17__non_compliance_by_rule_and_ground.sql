-- What the law lets the judge find after an order is not complied with depends on the rule the request rests on
-- (CE art. 48, IPE art. 25, or a damages rule: Patent Law art. 71 para. 4, Trademark Law art. 63 para. 2, Copyright
-- Law art. 54 para. 4) and on the ground (refusal, partial production, lapse, false evidence, destruction, evidence
-- made unusable). Requests already made take their law from their rule key; requests already referred to the judge
-- take their ground from the outcome they recorded.
alter table disclosure_request add column non_compliance_law varchar(16);
update disclosure_request set non_compliance_law = case
    when rule_key like 'ce-45-48@%' then 'CE_48'
    when rule_key like 'patent-71-4@%' or rule_key like 'trademark-63-2@%' or rule_key like 'copyright-54-4@%'
        then 'ACCOUNT_BOOKS'
    else 'IPE_25' end;
alter table disclosure_request alter column non_compliance_law set not null;

alter table disclosure_request add column non_compliance_ground varchar(32);
update disclosure_request set non_compliance_ground = case production_outcome
    when 'REFUSED' then 'REFUSAL'
    when 'PARTIAL' then 'PARTIAL_REFUSAL'
    when 'DEADLINE_LAPSED' then 'DEADLINE_LAPSED' end
    where production_outcome in ('REFUSED', 'PARTIAL', 'DEADLINE_LAPSED');

-- The applicant's reasons when it challenges a completed production (IPE art. 25 para. 1).
alter table disclosure_request add column challenge_reasons varchar(4000);
