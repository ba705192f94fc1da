#!/usr/bin/env bash
# Prints the pages issue 16 lists, with real ids from PostgreSQL database $1 (a docket made by bench/prepare-docket),
# one a line, tab-separated: role, user, page name, path (query percent-encoded), then the floor: "-  -  health  /health".
#   bench/lib/pages.sh evidencedesk_docket
# Users are the demo users (password Demo-Evidence-2026). The case page renders only the tab it opens on (the
# overview, or the one its tab parameter names): the case is the page of a typical case of the counsel's, the evidence
# tab the page of the busiest case the counsel is a member of opened on that tab, and the custody tab that of the
# busiest case of the clerk's court opened on that tab, seen by the clerk (the court reads the whole log). The
# judge's queue is the judge's home page (requests awaiting the court).
# Read by bench/page-latency (one request at a time) and bench/load (50 browsing + 10 uploading users).
set -euo pipefail
db="${1:?Usage: bench/lib/pages.sh DATABASE}"
[[ "$db" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || { echo "Not a database name: $db" >&2; exit 2; }
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -Atqc "$1"; }

# Cases by how many items they hold: the busiest the counsel may see, a typical one of theirs (the median), the busiest of all.
counsel_cases="select m.case_id, (select count(*) from evidence_item e where e.case_id = m.case_id) as n
    from case_member m join app_user u on u.id = m.user_id where u.username = 'counsel'"
busy_counsel=$(sql "select case_id from ($counsel_cases) c order by n desc, case_id limit 1")
typical_counsel=$(sql "select case_id from ($counsel_cases) c where n > 0 order by n, case_id
    offset (select count(*) / 2 from ($counsel_cases) d where n > 0) limit 1")
# The busiest case the clerk may open: one of the clerk's court (a clerk sees only their court's cases).
busiest=$(sql "select e.case_id from evidence_item e join dispute_case c on c.id = e.case_id
    join app_user u on u.court_id = c.court_id and u.username = 'clerk' group by e.case_id order by count(*) desc, e.case_id limit 1")
[ -n "$busy_counsel" ] && [ -n "$busiest" ] || { echo "Database $db has no docket: run bench/prepare-docket" >&2; exit 1; }
typical_counsel="${typical_counsel:-$busy_counsel}"
# A case-number fragment as a clerk types it: the court code and serial of a real numbered case, e.g. 民初1234号.
number=$(sql "select substring(case_number from '[^0-9]+[0-9]+号\$') from dispute_case where case_number is not null
    order by id desc limit 1")

# A company's short name of two characters, as a clerk types it (e.g. 盛创 of 杭州盛创科技有限公司): of the Chinese party
# names, the two characters after the city that are rarest. A trigram index cannot serve a term of two characters;
# V26's bigram indexes do.
short_name=$(sql "select substr(name, 3, 2) from case_party where name ~ '^[^a-zA-Z]{4}' group by 1 order by count(*), 1 limit 1")

encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="=&"))' "$1"; }
line() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4"; }

line CLERK clerk cases /cases/list.xhtml
line CLERK clerk cases-search-word "/cases/list.xhtml?$(encode 'q=patent')"
line CLERK clerk cases-search-rare "/cases/list.xhtml?$(encode 'q=quantum')"
[ -n "$number" ] && line CLERK clerk cases-search-number "/cases/list.xhtml?$(encode "q=$number")"
line CLERK clerk cases-search-party "/cases/list.xhtml?$(encode 'party=科技')"
[ -n "$short_name" ] && line CLERK clerk cases-search-party-short "/cases/list.xhtml?$(encode "party=$short_name")"
[ -n "$short_name" ] && line CLERK clerk cases-search-short "/cases/list.xhtml?$(encode "q=$short_name")"
line CLERK clerk cases-filter-ip-type "/cases/list.xhtml?ipType=PATENT"
line CLERK clerk cases-filter-technology "/cases/list.xhtml?technology=AI_MODEL"
line COUNSEL counsel cases-counsel /cases/list.xhtml
line COUNSEL counsel case "/cases/view.xhtml?id=$typical_counsel"
line COUNSEL counsel evidence-tab "/cases/view.xhtml?id=$busy_counsel&tab=evidence"
line CLERK clerk custody-tab "/cases/view.xhtml?id=$busiest&tab=custody"
line COUNSEL counsel notices /notices.xhtml
line CLERK clerk home-clerk /home.xhtml
line JUDGE judge home-judge-queue /home.xhtml
line COUNSEL counsel home-counsel /home.xhtml
line COUNSEL defence home-defence /home.xhtml
line TECH_INVESTIGATOR investigator home-investigator /home.xhtml
line ADMIN demo-admin home-admin /home.xhtml
line JUDGE judge calendar /calendar.xhtml
line CLERK clerk calendar-clerk /calendar.xhtml
line ADMIN demo-admin rule-sets /admin/rules.xhtml
line - - health /health
