-- Deadlines per party (issue 12 points 1, 2, 3, 5). Each party's answer and appeal period runs from its own
-- service (CPL art. 128; CPLI arts. 244, 536), so a party keeps the days the complaint and the appealable decision
-- reached it and the day it appealed, and a deadline may name the party it runs for.
alter table case_party add column complaint_served_on date;
alter table case_party add column decision_served_on date;
alter table case_party add column appealed_on date;
alter table case_deadline add column party_id bigint references case_party (id);
create index ix_deadline_party on case_deadline (party_id);

-- The decision whose appeal periods run: a judgment, a dismissal ruling, or a ruling refusing to accept the case.
alter table dispute_case add column appealable_decision varchar(16);
-- A pending application to extend the evidence period (CE art. 54): the day it was made and who made it.
alter table dispute_case add column extension_applied_on date;
alter table dispute_case add column extension_applied_by varchar(300);

-- Existing cases: the complaint reached every respondent on the one day recorded for the case; the existing answer
-- deadline stays as it was, naming no party.
update case_party set complaint_served_on = (select c.served_on from dispute_case c where c.id = case_party.case_id)
 where side = 'RESPONDENT';

update dispute_case set appealable_decision = 'JUDGMENT'
 where status in ('JUDGMENT', 'APPEAL_WINDOW') and decided_on is not null;
update dispute_case set appealable_decision = 'DISMISSAL'
 where status = 'DISMISSED' or (status = 'APPEAL_WINDOW' and decided_on is null);
-- A refused case used to end at once; the refusal is appealable (CPL art. 126), and nothing recorded its service or
-- an appeal, so the case waits in NOT_ACCEPTED for the clerk to record both and then close it.
update dispute_case set appealable_decision = 'REFUSAL' where status = 'NOT_ACCEPTED';

-- A case in its appeal window had one service day for every party: each claimant and respondent keeps it. The one
-- appeal deadline stays, naming no party, and closing waits for it as before.
update case_party set decision_served_on = (
        select max(cast(e.detail as date)) from case_event e
         where e.case_id = case_party.case_id and e.type = 'APPEAL_WINDOW_OPENED')
 where side in ('CLAIMANT', 'RESPONDENT')
   and case_id in (select id from dispute_case where status = 'APPEAL_WINDOW');
