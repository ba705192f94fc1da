package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidencedesk.web.access.Capacity.ADMIN;
import static org.evidencedesk.web.access.Capacity.ANONYMOUS;
import static org.evidencedesk.web.access.Capacity.ASSIGNED_JUDGE;
import static org.evidencedesk.web.access.Capacity.CLAIMANT_NAMED;
import static org.evidencedesk.web.access.Capacity.CLERK;
import static org.evidencedesk.web.access.Capacity.RESPONDENT;
import static org.evidencedesk.web.access.MatrixObjects.CLAIMANT_DRAFT;
import static org.evidencedesk.web.access.MatrixObjects.PROTECTIVE_ORDER;
import static org.evidencedesk.web.access.MatrixObjects.RESPONDENT_COURT_ONLY;
import static org.evidencedesk.web.access.MatrixObjects.RESPONDENT_PARTIES;
import static org.evidencedesk.web.access.MatrixObjects.SAME_COURT_CASE;
import static org.evidencedesk.web.access.MatrixObjects.SCRATCH_CASE;
import static org.evidencedesk.web.access.MatrixObjects.TRADE_SECRET_CASE;
import static org.evidencedesk.web.access.MatrixObjects.VIEW_ONLY_AFTER;
import static org.evidencedesk.web.access.MatrixObjects.VIEW_ONLY_BEFORE;
import static org.evidencedesk.web.access.MatrixObjects.VIEW_ONLY_THIRD;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;
import org.evidencedesk.web.access.AccessTable;
import org.evidencedesk.web.access.AccessTable.Row;
import org.evidencedesk.web.access.Capacity;
import org.evidencedesk.web.access.DeskPages;
import org.evidencedesk.web.access.EntryPoints;
import org.evidencedesk.web.access.MatrixObjects;
import org.evidencedesk.web.access.MatrixObjects.Item;
import org.evidencedesk.web.access.Mismatches;
import org.evidencedesk.web.access.Observed;
import org.evidencedesk.web.access.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix of issue 10: every way into the application (servlets, pages, the actions the views
 * invoke; found where they are declared, so that a new one without a row fails the first test) tried by every
 * capacity on every kind of object, over HTTP against the shared server. The tables below are the policy,
 * cell by cell; each test runs one section and reports every cell that answered otherwise, at once.
 *
 * <p>The objects are the demo's trade-secret case and what {@link MatrixObjects} adds to it through the pages.
 * Each capacity logs in once; actions that take effect are tried last in their row, each on an object made
 * fresh for it, and every action is read back (as the court, or as the object's author) to tell a refusal
 * from a change. Outcomes are defined in {@link Outcome}. Rows are written to the intended policy: where
 * today's code differs, the comment above the row names the item of issue 10 that changes it.
 */
@ExtendWith(SharedServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixWebIT {

    // ---- The policy, as tables. Columns: counsel (claimant counsel named in the protective orders), counsel2
    // (claimant counsel not named), defence (respondent counsel), clerk (of the case's court), judge (assigned),
    // judge2 (of the same court, not assigned), investigator (assigned), admin, anonymous.

    static final String PUBLIC_AND_OWN_PAGES = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # Anyone, signed in or not: logging in, verifying a bundle, the time-stamping authority and its root, health, error pages.
            | GET /login.xhtml                        | REDIRECT | REDIRECT | REDIRECT | REDIRECT | REDIRECT | REDIRECT | REDIRECT     | REDIRECT | SHOWN     |
            | GET /verify.xhtml                       | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | SHOWN     |
            | GET /error/403.xhtml                    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | SHOWN     |
            | GET /error/404.xhtml                    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | SHOWN     |
            | GET /error/500.xhtml                    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | SHOWN     |
            | GET /error/expired.xhtml                | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | SHOWN     |
            | GET /root-ca.pem                        | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | SHOWN     |
            | POST /tsa with an RFC 3161 query        | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | SHOWN     |
            | GET /health                             | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | SHOWN     |
            # Everyone signed in: their own pages (lists show only what the viewer may see).
            | GET /home.xhtml                         | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | LOGIN     |
            | GET /account.xhtml                      | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | LOGIN     |
            | GET /notices.xhtml                      | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | LOGIN     |
            | GET /calendar.xhtml                     | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | LOGIN     |
            | GET /cases/list.xhtml                   | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | LOGIN     |
            | GET /cases/new.xhtml                    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | SHOWN    | LOGIN     |
            # Administration: administrators only; anyone else signed in gets 403 (as today).
            | GET /admin/users.xhtml                  | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | SHOWN    | LOGIN     |
            | GET /admin/user.xhtml?id={counsel's account} | DENIED | DENIED | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | SHOWN    | LOGIN     |
            | GET /admin/keys.xhtml                   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | SHOWN    | LOGIN     |
            | GET /admin/rules.xhtml                  | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | SHOWN    | LOGIN     |
            | GET /admin/integrity.xhtml              | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | SHOWN    | LOGIN     |
            """;

    static final String CASES = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # A case: its members, and the clerks and judges of its court (assigned or not); nobody else, not even an administrator.
            # counsel filed the demo's Pricewise case; it has no other member.
            | GET /cases/view.xhtml?id={trade-secret case} | SHOWN | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /cases/view.xhtml?id={case of the same court, unassigned} | SHOWN | HIDDEN | HIDDEN | SHOWN | SHOWN | SHOWN | HIDDEN   | HIDDEN   | LOGIN     |
            | GET /cases/view.xhtml?id={case of another court} | HIDDEN | HIDDEN | HIDDEN | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            | GET /cases/view.xhtml?id={no such case} | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            # The clerk corrects the record of an accepted case; members who may not edit it are sent back to the case page.
            | GET /cases/edit.xhtml?id={trade-secret case} | REDIRECT | REDIRECT | REDIRECT | SHOWN | REDIRECT | REDIRECT | REDIRECT     | HIDDEN   | LOGIN     |
            | GET /cases/edit.xhtml?id={case of another court} | HIDDEN | HIDDEN | HIDDEN | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            | GET /evidence/upload.xhtml?case={trade-secret case} | SHOWN | SHOWN | SHOWN | SHOWN    | SHOWN    | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/upload.xhtml?case={case of another court} | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN     | HIDDEN   | LOGIN     |
            | GET /evidence/export.xhtml?case={trade-secret case} | SHOWN | SHOWN | SHOWN | SHOWN    | SHOWN    | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/export.xhtml?case={case of another court} | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN     | HIDDEN   | LOGIN     |
            | GET /disclosure/new.xhtml?case={trade-secret case} | SHOWN | SHOWN | SHOWN | SHOWN     | SHOWN    | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /disclosure/new.xhtml?case={case of another court} | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN  | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            | GET /burden/ledger.xhtml?case={trade-secret case} | SHOWN | SHOWN | SHOWN | SHOWN      | SHOWN    | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /burden/ledger.xhtml?case={case of another court} | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN  | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            # The whole custody log as JSON lines is the court's; counsel read the entries they may see on the case page.
            | GET /custody/{trade-secret case}.jsonl  | DENIED   | DENIED   | DENIED   | SHOWN    | SHOWN    | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /custody/{case of another court}.jsonl | HIDDEN | HIDDEN  | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            """;

    static final String EVIDENCE = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # The court (clerk, any judge of the court, the assigned investigator) sees every item; counsel see their own side's
            # and the other side's unless court-only; protected items of the other side only if named in the order, after the
            # undertaking, and a bound person never downloads a view-only item's content. Receipts, signatures and tokens go to
            # whoever may see the item. The item-page rows also decide what every other page must not betray (see leaks()).
            | GET /evidence/item.xhtml?id={claimant parties item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN    | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/download/content/{claimant parties item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.json/{claimant parties item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN      | HIDDEN   | LOGIN     |
            # Only PDFs and images are shown in the browser; other formats are refused there (inspected at the court).
            | GET /evidence/view/{claimant parties item} | DENIED | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | HIDDEN   | LOGIN     |
            | GET /evidence/item.xhtml?id={claimant court-only item} | SHOWN | SHOWN | HIDDEN | SHOWN | SHOWN   | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/download/content/{claimant court-only item} | SHOWN | SHOWN | HIDDEN | SHOWN | SHOWN | SHOWN  | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.json/{claimant court-only item} | SHOWN | SHOWN | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN  | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.p7s/{claimant court-only item} | SHOWN | SHOWN | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN   | HIDDEN   | LOGIN     |
            | GET /evidence/download/token.tsr/{claimant court-only item} | SHOWN | SHOWN | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN     | HIDDEN   | LOGIN     |
            | GET /evidence/item.xhtml?id={respondent public-record item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/download/content/{respondent public-record item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN     | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.json/{respondent public-record item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN  | LOGIN     |
            | GET /evidence/item.xhtml?id={respondent parties item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN     | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/download/content/{respondent parties item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN  | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.json/{respondent parties item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN      | HIDDEN   | LOGIN     |
            | GET /evidence/item.xhtml?id={respondent counsel-only item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN     | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/download/content/{respondent counsel-only item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN      | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.json/{respondent counsel-only item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN  | HIDDEN   | LOGIN     |
            | GET /evidence/item.xhtml?id={respondent court-only item} | HIDDEN | HIDDEN | SHOWN | SHOWN | SHOWN   | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/download/content/{respondent court-only item} | HIDDEN | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN  | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.json/{respondent court-only item} | HIDDEN | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN  | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.p7s/{respondent court-only item} | HIDDEN | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN   | HIDDEN   | LOGIN     |
            | GET /evidence/download/token.tsr/{respondent court-only item} | HIDDEN | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN     | HIDDEN   | LOGIN     |
            | GET /evidence/view/{respondent court-only item} | HIDDEN | HIDDEN | DENIED | DENIED   | DENIED   | DENIED   | DENIED       | HIDDEN   | LOGIN     |
            # Produced under an order naming counsel (view only, undertaking first): before counsel's undertaking, only the undertaking.
            | GET /evidence/item.xhtml?id={view-only item before the undertaking} | UNDERTAKING | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN  |
            | GET /evidence/download/content/{view-only item before the undertaking} | DENIED | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN  | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.json/{view-only item before the undertaking} | DENIED | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN  |
            | GET /evidence/download/receipt.p7s/{view-only item before the undertaking} | DENIED | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN   |
            | GET /evidence/download/token.tsr/{view-only item before the undertaking} | DENIED | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN     |
            | GET /evidence/view/{view-only item before the undertaking} | DENIED | HIDDEN | SHOWN | SHOWN | SHOWN    | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            # After the undertaking: shown, marked view-only, no content download; in the browser as rendered pages, never the
            # original bytes (item 3: today /evidence/view streams the original PDF).
            | GET /evidence/item.xhtml?id={view-only item after the undertaking} | VIEW_ONLY | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN      |
            | GET /evidence/download/content/{view-only item after the undertaking} | DENIED | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN   | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.json/{view-only item after the undertaking} | SHOWN | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN  | LOGIN     |
            | GET /evidence/download/receipt.p7s/{view-only item after the undertaking} | SHOWN | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN   | LOGIN     |
            | GET /evidence/download/token.tsr/{view-only item after the undertaking} | SHOWN | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN     | LOGIN     |
            | GET /evidence/view/{view-only item after the undertaking} | RENDERED | HIDDEN | SHOWN | SHOWN  | SHOWN    | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /evidence/item.xhtml?id={item of another court's case} | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN  | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            | GET /evidence/download/content/{item of another court's case} | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN    | HIDDEN   | LOGIN     |
            | GET /evidence/download/receipt.json/{item of another court's case} | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | LOGIN     |
            | GET /evidence/view/{item of another court's case} | HIDDEN | HIDDEN | HIDDEN | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            | GET /evidence/item.xhtml?id={no such item} | HIDDEN | HIDDEN    | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            | GET /evidence/download/content/{no such item} | HIDDEN | HIDDEN | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            """;

    static final String REQUESTS_AND_RULINGS = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # A draft: its author's side only (item 5: today both sides and the court see drafts).
            | GET /disclosure/request.xhtml?id={claimant draft} | SHOWN | SHOWN | HIDDEN | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            # Filed requests and orders: both sides and the court; the page names no item the viewer may not see (item 5:
            # today defence reads the claimant's court-only preliminary evidence, counsel2 the exhibits produced to counsel).
            | GET /disclosure/request.xhtml?id={filed request citing the claimant court-only item} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN |
            | GET /disclosure/request.xhtml?id={order protecting the item before the undertaking} | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN |
            | GET /disclosure/request.xhtml?id={no such request} | HIDDEN | HIDDEN | HIDDEN | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            | GET /rulings/{ruling granting that order}.pdf | SHOWN | SHOWN  | SHOWN    | SHOWN    | SHOWN    | SHOWN    | SHOWN        | HIDDEN   | LOGIN     |
            | GET /rulings/{no such ruling}.pdf       | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            """;

    static final String BUNDLES = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # A bundle is exported by counsel and the court of the case, by POST only, with a token bound to the session
            # (item 7: today a GET exports too, and a POST without a token is taken).
            | GET /evidence/bundle/{trade-secret case}?select=all | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | LOGIN |
            | POST /evidence/bundle/{trade-secret case} select=all, as the export page posts it | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN |
            | POST /evidence/bundle/{trade-secret case} select=all, without the page's session token | DENIED | DENIED | DENIED | DENIED | DENIED | DENIED | DENIED | HIDDEN | LOGIN |
            # Naming an item one may not take: nothing is selected, and the page says so.
            | POST /evidence/bundle/{trade-secret case} select=hand item={respondent court-only item}, as the export page posts it | REFUSED | REFUSED | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN |
            | POST /evidence/bundle/{case of another court} select=all, with the trade-secret case's page fields | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | HIDDEN | LOGIN |
            """;

    static final String CASE_ACTIONS = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # Filing: counsel only; the court and administrators are told so and nothing is filed.
            | ACTION filingPage.file a case at the demo court | DONE  | DONE     | DONE     | REFUSED  | REFUSED  | REFUSED  | REFUSED      | REFUSED  | LOGIN     |
            # The filing form's party rows and the case list's filters live on the page; nothing is stored.
            | ACTION form.add a party row to the filing form | DONE   | DONE     | DONE     | DONE     | DONE     | DONE     | DONE         | DONE     | LOGIN     |
            | ACTION form.remove a party row from the filing form | DONE | DONE  | DONE     | DONE     | DONE     | DONE     | DONE         | DONE     | LOGIN     |
            | ACTION casesPage.reset the case list's filters | DONE  | DONE     | DONE     | DONE     | DONE     | DONE     | DONE         | DONE     | LOGIN     |
            # Steps of a case: the clerk's (the scratch case is filed at the demo court by a counsel outside the matrix).
            | ACTION casePage.take ACCEPT of {scratch case} | HIDDEN | HIDDEN  | HIDDEN   | DONE     | REFUSED  | REFUSED  | HIDDEN       | HIDDEN   | LOGIN     |
            | ACTION casePage.take EXTEND_EVIDENCE_PERIOD of {trade-secret case} | REFUSED | REFUSED | REFUSED | DONE | REFUSED | REFUSED | REFUSED | HIDDEN | LOGIN     |
            | ACTION caseEditPage.save a correction of {scratch case} | HIDDEN | HIDDEN | HIDDEN | DONE   | REFUSED  | REFUSED  | HIDDEN       | HIDDEN   | LOGIN     |
            | ACTION casePage.addMember to {scratch case} | HIDDEN | HIDDEN   | HIDDEN   | DONE     | REFUSED  | REFUSED  | HIDDEN       | HIDDEN   | LOGIN     |
            | ACTION casePage.removeMember from {scratch case} | HIDDEN | HIDDEN | HIDDEN | DONE     | REFUSED  | REFUSED  | HIDDEN       | HIDDEN   | LOGIN     |
            | ACTION casePage.addNewRespondentCounsel to {scratch case} | HIDDEN | HIDDEN | HIDDEN | DONE | REFUSED | REFUSED | HIDDEN     | HIDDEN   | LOGIN     |
            # Custody checkpoints: the clerk of the case's court and the assigned judge only (item 2: today the page lets
            # every court capacity take one).
            | ACTION casePage.checkpoint of {trade-secret case} | REFUSED | REFUSED | REFUSED | DONE  | DONE     | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            # A forged postback (item 2): the checkpoint form of the trade-secret case's page, posted with another case's id
            # in the URL. Nothing may be written into that case, whoever posts it.
            | ACTION casePage.checkpoint posted from the page of {trade-secret case} naming {case of the same court, unassigned} | REFUSED | REFUSED | REFUSED | REFUSED | REFUSED | REFUSED | REFUSED | HIDDEN | LOGIN |
            """;

    static final String EVIDENCE_ACTIONS = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # Submitting evidence: counsel of either side, the clerk and the assigned judge. A judge not assigned and the
            # investigator may not submit, so no file of theirs should reach the store either (today the upload listener
            # stores it, pending, without asking who uploads: not one of issue 10's items; see the report).
            | ACTION uploadPage.handleUpload a file for {trade-secret case} | DONE | DONE | DONE | DONE | DONE    | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            | ACTION uploadPage.discard a pending file of {trade-secret case} | DONE | DONE | DONE | DONE | DONE  | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            | ACTION uploadPage.submit evidence to {trade-secret case} | DONE | DONE | DONE  | DONE     | DONE     | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            # Producing under an order: the ordered side only.
            | ACTION uploadPage.submit evidence produced into {order protecting the item before the undertaking} | REFUSED | REFUSED | DONE | REFUSED | REFUSED | REFUSED | REFUSED | HIDDEN | LOGIN |
            # Ruling on an item (admit, challenge, exclude): the assigned judge only (item 4: today any court capacity).
            | ACTION itemPage.rule on {respondent parties item} | REFUSED | REFUSED | REFUSED | REFUSED | DONE   | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            # The undertaking: the person the order names. counsel's cell is the acceptance the setup makes (the rows about
            # the "after" state need it before they run); for everyone else no undertaking is due, and none is recorded.
            | ACTION itemPage.acceptUndertaking for {view-only item after the undertaking} | DONE | HIDDEN | REFUSED | REFUSED | REFUSED | REFUSED | REFUSED | HIDDEN | LOGIN |
            # A forged postback (item 9): the undertaking form shown for one order's item, posted with another order's item id.
            | ACTION itemPage.acceptUndertaking posted from the page of {view-only item before the undertaking} naming {view-only item of a third order} | REFUSED | HIDDEN | REFUSED | REFUSED | REFUSED | REFUSED | REFUSED | HIDDEN | LOGIN |
            """;

    static final String DISCLOSURE_ACTIONS = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # Applying for an order: counsel of either party; the court cannot apply. Each step below is tried on a request
            # in the state the step starts from, made afresh for each capacity that takes it.
            | ACTION newRequestPage.saveDraft in {trade-secret case} | DONE | DONE | DONE  | REFUSED  | REFUSED  | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            | ACTION newRequestPage.fileNow in {trade-secret case} | DONE | DONE  | DONE     | REFUSED  | REFUSED  | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            # A draft belongs to its author's side; nobody else sees it (item 5: today they see it and are refused).
            | ACTION requestPage.revise a claimant draft | DONE     | DONE     | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            | ACTION requestPage.file a claimant draft | DONE       | DONE     | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN   | HIDDEN       | HIDDEN   | LOGIN     |
            # A filed request: the author's side withdraws it, the other side gives its opinion, the court opens the review.
            | ACTION requestPage.withdraw a filed claimant request | DONE | DONE | REFUSED | REFUSED  | REFUSED  | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            | ACTION requestPage.recordOpinion on a filed claimant request | REFUSED | REFUSED | DONE | REFUSED | REFUSED | REFUSED | REFUSED | HIDDEN   | LOGIN     |
            | ACTION requestPage.openReview of a filed claimant request | REFUSED | REFUSED | REFUSED | DONE | DONE  | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            # Deciding: the assigned judge only.
            | ACTION requestPage.grant a claimant request under review | REFUSED | REFUSED | REFUSED | REFUSED | DONE | REFUSED | REFUSED   | HIDDEN   | LOGIN     |
            | ACTION requestPage.deny a claimant request under review | REFUSED | REFUSED | REFUSED | REFUSED | DONE  | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            # Complying with an order: the ordered side.
            | ACTION requestPage.completeProduction of a granted order with a produced item | REFUSED | REFUSED | DONE | REFUSED | REFUSED | REFUSED | REFUSED | HIDDEN | LOGIN |
            | ACTION requestPage.reportPartial on a granted order | REFUSED | REFUSED | DONE | REFUSED  | REFUSED  | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            | ACTION requestPage.refuse a granted order | REFUSED | REFUSED  | DONE     | REFUSED  | REFUSED  | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            # The presumption after non-compliance: the assigned judge only.
            | ACTION requestPage.applyPresumption on an order the respondent refused | REFUSED | REFUSED | REFUSED | REFUSED | DONE | REFUSED | REFUSED | HIDDEN | LOGIN |
            | ACTION requestPage.declinePresumption on an order the respondent refused | REFUSED | REFUSED | REFUSED | REFUSED | DONE | REFUSED | REFUSED | HIDDEN | LOGIN |
            """;

    static final String LEDGER_ACTIONS = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # Counsel propose facts and link their own side's evidence. Every rule set the trade-secret case allows moves the
            # burden onto the respondent, so none can be the basis of the respondent's own fact: its proposal is refused.
            | ACTION ledgerPage.propose a fact in {trade-secret case} | DONE | DONE | REFUSED | REFUSED | REFUSED  | REFUSED  | REFUSED      | HIDDEN   | LOGIN     |
            | ACTION ledgerPage.link a claimant item to the demo fact of {trade-secret case} | DONE | DONE | REFUSED | REFUSED | REFUSED | REFUSED | REFUSED | HIDDEN | LOGIN |
            | ACTION ledgerPage.unlink a claimant item from the demo fact of {trade-secret case} | DONE | DONE | REFUSED | REFUSED | REFUSED | REFUSED | REFUSED | HIDDEN | LOGIN |
            # Ruling on a shift of the burden: the assigned judge only (on a fact counsel proposed for it).
            | ACTION ledgerPage.shift the burden of a proposed fact in {trade-secret case} | REFUSED | REFUSED | REFUSED | REFUSED | DONE | REFUSED | REFUSED | HIDDEN | LOGIN |
            | ACTION ledgerPage.keepBurden of a proposed fact in {trade-secret case} | REFUSED | REFUSED | REFUSED | REFUSED | DONE | REFUSED | REFUSED | HIDDEN | LOGIN |
            """;

    static final String ADMINISTRATION_ACTIONS = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # Administrators only: the pages answer 403 to anyone else signed in, and so does a post to them.
            | ACTION usersPage.create a user          | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | DONE     | LOGIN     |
            | ACTION userEditPage.save a user's details | DENIED | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | DONE     | LOGIN     |
            | ACTION userEditPage.disable a user      | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | DONE     | LOGIN     |
            | ACTION userEditPage.enable a user       | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | DONE     | LOGIN     |
            | ACTION userEditPage.resetPassword of a user | DENIED | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | DONE     | LOGIN     |
            | ACTION integrityPage.runNow             | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED   | DENIED       | DONE     | LOGIN     |
            # The switch of the proposed rule set: RuleSetsWebIT presses it and reads the rule's history as shipped, so here
            # it is only seen offered (enable and disable are the same button in its two states).
            | ACTION ruleSetsPage.enable the proposed rule set | DENIED | DENIED | DENIED  | DENIED   | DENIED   | DENIED   | DENIED       | OFFERED  | LOGIN     |
            | ACTION ruleSetsPage.disable the proposed rule set | DENIED | DENIED | DENIED | DENIED   | DENIED   | DENIED   | DENIED       | OFFERED  | LOGIN     |
            """;

    static final String OWN_ACTIONS = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            # Each capacity's login is the setup's; the anonymous visitor tries a wrong password.
            | ACTION loginPage.login with the capacity's password | DONE | DONE | DONE   | DONE     | DONE     | DONE     | DONE         | DONE     | REFUSED   |
            | ACTION localeSelection.switchTo Chinese and back | DONE | DONE   | DONE     | DONE     | DONE     | DONE     | DONE         | DONE     | DONE      |
            | ACTION accountPage.changePassword of one's own account, and back | DONE | DONE | DONE | DONE | DONE | DONE     | DONE         | DONE     | LOGIN     |
            # Notices reach the members of a case: the clerk, judge2 and the administrator are members of none, so they have
            # nothing to mark read or open (the page offers neither).
            | ACTION noticesPage.markAllRead          | DONE     | DONE     | DONE     | REFUSED  | DONE     | REFUSED  | DONE         | REFUSED  | LOGIN     |
            | ACTION noticesPage.open one's latest notice | DONE | DONE     | DONE     | REFUSED  | DONE     | REFUSED  | DONE         | REFUSED  | LOGIN     |
            | ACTION verifyPage.verifyBundle with no file | DONE | DONE     | DONE     | DONE     | DONE     | DONE     | DONE         | DONE     | DONE      |
            | ACTION verifyPage.verifyFile with no file | DONE   | DONE     | DONE     | DONE     | DONE     | DONE     | DONE         | DONE     | DONE      |
            """;

    static final String LOGOUT = """
            | entry point and object                  | counsel  | counsel2 | defence  | clerk    | judge    | judge2   | investigator | admin    | anonymous |
            | ACTION logoutAction.logout              | DONE     | DONE     | DONE     | DONE     | DONE     | DONE     | DONE         | DONE     | LOGIN     |
            """;

    private static final List<String> TABLES = List.of(PUBLIC_AND_OWN_PAGES, CASES, EVIDENCE, REQUESTS_AND_RULINGS, BUNDLES,
            CASE_ACTIONS, EVIDENCE_ACTIONS, DISCLOSURE_ACTIONS, LEDGER_ACTIONS, ADMINISTRATION_ACTIONS, OWN_ACTIONS, LOGOUT);

    /** Served by Payara Micro itself (MicroProfile Health), not declared by the application. */
    private static final Set<String> CONTAINER_ENTRY_POINTS = Set.of("/health");
    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();
    private static final Pattern ITEM_LINK = Pattern.compile("item\\.xhtml\\?id=(\\d+)");
    private static final Pattern PARTY_ROW = Pattern.compile("name=\"filing:sides:\\d+:rows:\\d+:name\"");
    private static final Duration LOCK_WAIT = Duration.ofSeconds(130);

    private static final Map<Capacity, WebClient> clients = new EnumMap<>(Capacity.class);
    private static final Map<Capacity, Observed> logins = new EnumMap<>(Capacity.class);
    private static final Map<Capacity, Observed> undertakings = new EnumMap<>(Capacity.class);
    private static DeskPages desk;
    private static MatrixObjects objects;
    private static Map<Capacity, List<Item>> hidden;

    @BeforeAll
    static void logInOnceAndCreateTheObjects() throws Exception {
        for (Capacity capacity : Capacity.values()) {
            clients.put(capacity, new WebClient(SharedServer.baseUrl()));
            if (capacity.loggedIn()) {
                logins.put(capacity, logIn(capacity, capacity.password()));
            }
        }
        desk = new DeskPages(clients);
        objects = MatrixObjects.create(desk, Long.toString(Instant.now().toEpochMilli(), 36),
                observed -> undertakings.put(CLAIMANT_NAMED, observed));
        hidden = itemsHidden();
    }

    // ---- Discovery ------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void everyEntryPointHasARowAndEveryRowAnEntryPoint() {
        List<Row> rows = TABLES.stream().flatMap(table -> AccessTable.parse(table).rows().stream()).toList();
        Path webapp = Path.of("webapp");
        Set<String> servlets = new TreeSet<>(EntryPoints.servletPatterns(TARGET.resolve("classes")));
        servlets.addAll(EntryPoints.webXmlPatterns(webapp.resolve("WEB-INF/web.xml")));
        Set<String> pages = EntryPoints.pages(webapp);
        Set<String> actions = EntryPoints.actions(webapp).keySet();
        assertThat(servlets).as("servlet patterns found").contains("/tsa", "/evidence/bundle/*", "*.xhtml");
        assertThat(pages).as("pages found").contains("/cases/view.xhtml", "/admin/users.xhtml");
        assertThat(actions).as("actions found").contains("casePage.checkpoint", "uploadPage.handleUpload", "logoutAction.logout");

        Set<String> paths = rows.stream().filter(row -> !row.method().equals("ACTION")).map(Row::path)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actionRows = rows.stream().filter(row -> row.method().equals("ACTION")).map(Row::action)
                .collect(Collectors.toCollection(TreeSet::new));
        Mismatches missing = new Mismatches();
        servlets.stream().filter(pattern -> paths.stream().noneMatch(path -> EntryPoints.maps(pattern, path)))
                .forEach(pattern -> missing.add("servlet pattern " + pattern + " has no row"));
        pages.stream().filter(page -> !paths.contains(page)).forEach(page -> missing.add("page " + page + " has no row"));
        actions.stream().filter(action -> !actionRows.contains(action))
                .forEach(action -> missing.add("action " + action + " (in " + EntryPoints.actions(webapp).get(action) + ") has no row"));
        paths.stream().filter(path -> !pages.contains(path) && !CONTAINER_ENTRY_POINTS.contains(path)
                        && servlets.stream().filter(pattern -> !pattern.equals("*.xhtml")).noneMatch(pattern -> EntryPoints.maps(pattern, path)))
                .forEach(path -> missing.add("row for " + path + ", which is no longer an entry point"));
        actionRows.stream().filter(action -> !actions.contains(action))
                .forEach(action -> missing.add("row for action " + action + ", which no view invokes any more"));
        Set<String> probed = probes().keySet();
        rows.stream().filter(row -> !row.method().equals("GET") && !probed.contains(row.entry()))
                .forEach(row -> missing.add("row without a probe: " + row.entry()));
        Set<String> entries = rows.stream().map(Row::entry).collect(Collectors.toSet());
        probed.stream().filter(entry -> !entries.contains(entry)).forEach(entry -> missing.add("probe without a row: " + entry));
        missing.assertNone("the inventory of entry points");
    }

    // ---- The sections ---------------------------------------------------------------------------------------

    @Test
    @Order(2)
    void publicAndOwnPages() {
        check("public and own pages", PUBLIC_AND_OWN_PAGES);
    }

    @Test
    @Order(3)
    void casePages() {
        check("case pages", CASES);
    }

    @Test
    @Order(4)
    void evidenceItems() {
        check("evidence items", EVIDENCE);
    }

    @Test
    @Order(5)
    void requestsAndRulings() {
        check("disclosure requests and rulings", REQUESTS_AND_RULINGS);
    }

    @Test
    @Order(6)
    void bundles() {
        check("bundle export", BUNDLES);
    }

    @Test
    @Order(7)
    void caseActions() {
        check("case actions", CASE_ACTIONS);
    }

    @Test
    @Order(8)
    void evidenceActions() {
        check("evidence actions", EVIDENCE_ACTIONS);
    }

    @Test
    @Order(9)
    void disclosureActions() {
        check("disclosure actions", DISCLOSURE_ACTIONS);
    }

    @Test
    @Order(10)
    void ledgerActions() {
        check("burden ledger actions", LEDGER_ACTIONS);
    }

    @Test
    @Order(11)
    void administrationActions() {
        check("administration actions", ADMINISTRATION_ACTIONS);
    }

    @Test
    @Order(12)
    void ownAccountAndSessionActions() {
        check("own account actions", OWN_ACTIONS);
    }

    /** Last: it ends every session the others use. */
    @Test
    @Order(13)
    void logout() {
        check("logout", LOGOUT);
    }

    // ---- Running a table ------------------------------------------------------------------------------------

    private interface Probe {
        Observed observe(Capacity who) throws Exception;
    }

    private void check(String section, String table) {
        Map<String, Probe> probes = probes();
        Mismatches mismatches = new Mismatches();
        for (Row row : AccessTable.parse(table).rows()) {
            Probe probe = row.method().equals("GET") ? who -> get(row, who) : probes.get(row.entry());
            if (probe == null) {
                throw new IllegalStateException("No probe for the row " + row.entry());
            }
            for (Capacity who : inTryingOrder(row)) {
                Observed observed;
                try {
                    observed = probe.observe(who);
                } catch (Exception | AssertionError e) {
                    observed = Observed.unexpected("an exception: " + e);
                }
                mismatches.check(row, who, observed);
            }
        }
        mismatches.assertNone(section);
    }

    /** Those expected to take the action effectively come last, so that the refusals are tried on the object as made. */
    private static List<Capacity> inTryingOrder(Row row) {
        return Arrays.stream(Capacity.values())
                .sorted(Comparator.comparing(capacity -> row.expected(capacity) == Outcome.DONE))
                .toList();
    }

    // ---- GET rows ---------------------------------------------------------------------------------------------

    private Observed get(Row row, Capacity who) throws Exception {
        String path = objects.resolve(row.target()).substring(1);
        HttpResponse<byte[]> response = clients.get(who).getBytes(path);
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        return switch (status) {
            case 200 -> shown(row, who, response, type);
            case 302, 303 -> redirect(response);
            case 403 -> Observed.as(Outcome.DENIED, "403");
            case 404 -> Observed.as(Outcome.HIDDEN, "404");
            case 405 -> Observed.as(Outcome.WRONG_METHOD, "405");
            default -> Observed.unexpected(status + " " + type);
        };
    }

    private static Observed redirect(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.endsWith("/login.xhtml") ? Observed.as(Outcome.LOGIN, response.statusCode() + " → login")
                : Observed.as(Outcome.REDIRECT, response.statusCode() + " → " + location);
    }

    /** A 200: which outcomes it satisfies depends on the entry point and the object. */
    private Observed shown(Row row, Capacity who, HttpResponse<byte[]> response, String type) {
        String path = row.path();
        List<String> named = row.objects();
        String object = named.isEmpty() ? null : named.get(0);
        byte[] body = response.body();
        String text = new String(body, StandardCharsets.UTF_8);
        if (path.startsWith("/evidence/download/")) {
            String exhibit = objects.item(object).exhibit();
            String disposition = response.headers().firstValue("Content-Disposition").orElse("");
            return disposition.contains(exhibit) ? Observed.as(Outcome.SHOWN, "200 " + disposition)
                    : Observed.unexpected("200 without the exhibit in its file name (" + disposition + ")");
        }
        if (path.startsWith("/evidence/view/")) {
            return viewed(objects.item(object), type, body);
        }
        if (path.startsWith("/evidence/bundle/")) {
            return Observed.as(Outcome.SHOWN, "200 " + type);
        }
        if (path.startsWith("/rulings/")) {
            return text.startsWith("%PDF-") ? Observed.as(Outcome.SHOWN, "200 PDF") : Observed.unexpected("200 " + type + ", not a PDF");
        }
        if (path.startsWith("/custody/")) {
            return text.contains("\"case\":" + objects.id(object)) ? Observed.as(Outcome.SHOWN, "200 with the case's log")
                    : Observed.unexpected("200 without the case's log");
        }
        if (path.equals("/root-ca.pem")) {
            return text.contains("BEGIN CERTIFICATE") ? Observed.as(Outcome.SHOWN, "200 certificate") : Observed.unexpected("200 " + type);
        }
        if (path.equals("/health")) {
            return text.contains("UP") ? Observed.as(Outcome.SHOWN, "200 UP") : Observed.unexpected("200 " + text);
        }
        return page(path, object, who, text);
    }

    /** An HTML page: shown if it carries its object (where the page is the object's own) and betrays nothing hidden. */
    private Observed page(String path, String object, Capacity who, String text) {
        List<String> leaks = leaks(who, text);
        if (!leaks.isEmpty()) {
            return Observed.unexpected("200 showing what it must hide from " + who.column() + ": " + String.join("; ", leaks));
        }
        Optional<String> marker = ownPage(path) && object != null ? objects.marker(object) : Optional.empty();
        boolean carries = marker.map(text::contains).orElse(true);
        Set<Outcome> fits = new java.util.HashSet<>();
        if (carries) {
            fits.add(Outcome.SHOWN);
        }
        if (text.contains("id=\"undertaking-text\"") && marker.map(title -> !text.contains(title)).orElse(false)) {
            fits.add(Outcome.UNDERTAKING);
        }
        if (carries && text.contains("id=\"view-only\"") && !text.contains("id=\"download-content\"")) {
            fits.add(Outcome.VIEW_ONLY);
        }
        String described = "200" + (marker.isPresent() && !carries ? " without '" + marker.get() + "'" : "")
                + (text.contains("id=\"undertaking-text\"") ? ", the undertaking" : "")
                + (text.contains("id=\"download-content\"") ? ", offering the content download" : "");
        return new Observed(fits, described);
    }

    /** The page is the object's own, so that it must carry the object's title. */
    private static boolean ownPage(String path) {
        return Set.of("/cases/view.xhtml", "/cases/edit.xhtml", "/evidence/item.xhtml", "/disclosure/request.xhtml").contains(path);
    }

    /** The inline view of an item: a 200 shows it; rendered only if what came is not the original's type and bytes. */
    private static Observed viewed(Item item, String type, byte[] body) {
        boolean original = type.startsWith(item.mediaType()) || Arrays.equals(body, item.content());
        Set<Outcome> fits = original ? Set.of(Outcome.SHOWN) : Set.of(Outcome.SHOWN, Outcome.RENDERED);
        return new Observed(fits, "200 " + type + (Arrays.equals(body, item.content()) ? ", the original bytes" : ""));
    }

    /**
     * What a page shows of the items the viewer may not see (by the item-page rows of the EVIDENCE table): their
     * titles, the start of their SHA-256, and their exhibit numbers on pages of their case.
     */
    private List<String> leaks(Capacity who, String text) {
        List<String> found = new ArrayList<>();
        for (Item item : hidden.getOrDefault(who, List.of())) {
            // Exhibit numbers are unique within a case only: they are looked for where the matrix reads its own case.
            boolean itsCase = item.caseId() == objects.id(TRADE_SECRET_CASE);
            for (Pattern trace : item.traces()) {
                boolean exhibit = trace.pattern().startsWith("(?<!");
                if ((!exhibit || itsCase) && trace.matcher(text).find()) {
                    found.add(trace.pattern().replaceAll("\\\\[QE]|\\(\\?<?!\\[\\\\w-]\\)", "") + " (" + name(item) + ")");
                }
            }
        }
        return found;
    }

    private static String name(Item item) {
        return objects.items().entrySet().stream().filter(entry -> entry.getValue().equals(item)).map(Map.Entry::getKey)
                .findFirst().orElse("item " + item.id());
    }

    private static Map<Capacity, List<Item>> itemsHidden() {
        Map<Capacity, List<Item>> hiddenItems = new EnumMap<>(Capacity.class);
        for (Row row : AccessTable.parse(EVIDENCE).rows()) {
            if (!row.path().equals("/evidence/item.xhtml") || !objects.isItem(row.objects().get(0))) {
                continue;
            }
            for (Capacity capacity : Capacity.values()) {
                if (row.expected(capacity) == Outcome.HIDDEN) {
                    hiddenItems.computeIfAbsent(capacity, key -> new ArrayList<>()).add(objects.item(row.objects().get(0)));
                }
            }
        }
        return hiddenItems;
    }

    // ---- The probes of POST and ACTION rows -----------------------------------------------------------------

    private Map<String, Probe> probes() {
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("POST /tsa with an RFC 3161 query", this::timestamp);
        bundleProbes(probes);
        caseProbes(probes);
        evidenceProbes(probes);
        disclosureProbes(probes);
        ledgerProbes(probes);
        administrationProbes(probes);
        ownProbes(probes);
        return probes;
    }

    private Observed timestamp(Capacity who) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(("matrix " + who).getBytes(StandardCharsets.UTF_8));
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        byte[] query = generator.generate(TSPAlgorithms.SHA256, digest, BigInteger.valueOf(System.nanoTime())).getEncoded();
        HttpResponse<byte[]> reply = clients.get(who).post("tsa", "application/timestamp-query", query);
        String type = reply.headers().firstValue("Content-Type").orElse("");
        return reply.statusCode() == 200 && type.equals("application/timestamp-reply") ? Observed.as(Outcome.SHOWN, "200 " + type)
                : Observed.unexpected(reply.statusCode() + " " + type);
    }

    private void bundleProbes(Map<String, Probe> probes) {
        probes.put("POST /evidence/bundle/{trade-secret case} select=all, as the export page posts it",
                who -> bundle(who, TRADE_SECRET_CASE, Map.of("select", "all"), true));
        probes.put("POST /evidence/bundle/{trade-secret case} select=all, without the page's session token",
                who -> bundle(who, TRADE_SECRET_CASE, Map.of("select", "all"), false));
        probes.put("POST /evidence/bundle/{trade-secret case} select=hand item={respondent court-only item}, as the export page posts it",
                who -> bundle(who, TRADE_SECRET_CASE, Map.of("select", "hand", "item",
                        String.valueOf(objects.id(RESPONDENT_COURT_ONLY))), true));
        probes.put("POST /evidence/bundle/{case of another court} select=all, with the trade-secret case's page fields",
                who -> {
                    Map<String, String> form = new LinkedHashMap<>(desk.exportFormFields(who, objects.id(TRADE_SECRET_CASE)));
                    form.put("select", "all");
                    return bundleAnswer(clients.get(who).postForm("evidence/bundle/" + objects.id(MatrixObjects.OTHER_COURT_CASE), form));
                });
    }

    private Observed bundle(Capacity who, String caseName, Map<String, String> selection, boolean withPageFields) throws Exception {
        return bundleAnswer(desk.exportBundle(who, objects.id(caseName), selection, withPageFields));
    }

    private static Observed bundleAnswer(HttpResponse<byte[]> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        String location = answer.headers().firstValue("Location").orElse("");
        return switch (answer.statusCode()) {
            case 200 -> type.startsWith("application/vnd.etsi.asic-e+zip") ? Observed.as(Outcome.SHOWN, "200 a bundle")
                    : Observed.unexpected("200 " + type);
            case 302, 303 -> location.contains("/evidence/export.xhtml") && location.contains("problem=")
                    ? Observed.as(Outcome.REFUSED, "302 back to the export page: " + location.replaceAll(".*problem=", ""))
                    : redirect(answer);
            case 403 -> Observed.as(Outcome.DENIED, "403");
            case 404 -> Observed.as(Outcome.HIDDEN, "404");
            case 405 -> Observed.as(Outcome.WRONG_METHOD, "405");
            default -> Observed.unexpected(answer.statusCode() + " " + type);
        };
    }

    // ---- Actions: the common way of trying one ----------------------------------------------------------------

    /** An object in the state an action starts from, made again once a capacity has used it up. */
    private static final class Fresh {
        private final Callable<Long> make;
        private Long current;

        Fresh(Callable<Long> make) {
            this.make = make;
        }

        long get() throws Exception {
            if (current == null) {
                current = make.call();
            }
            return current;
        }

        void usedUp() {
            current = null;
        }
    }

    /** What to post: the page the form is on, where it goes (another URL for a forged postback), the form and button. */
    private record Post(String page, String postTo, String form, String button, Map<String, String> fields) {

        static Post on(String page, String form, String button, Map<String, String> fields) {
            return new Post(page, page, form, button, fields);
        }

        static Post on(String page, String form, String button) {
            return on(page, form, button, Map.of());
        }
    }

    /**
     * Opens the page as the capacity and posts the form, whether or not the page offers it (a form it does not
     * render changes nothing, which is what a refusal is); the state is read before and after by someone who
     * always sees it. A page the capacity cannot open answers the cell (log in, 404, 403, or sent elsewhere).
     */
    private Observed attempt(Capacity who, Post post, Callable<String> state) throws Exception {
        String before = state.call();
        HttpResponse<String> page = clients.get(who).get(post.page());
        Optional<Observed> unopened = unopened(who, post, page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        OpenPage open = WebClient.opened(post.page(), page);
        OpenPage target = new OpenPage(post.postTo(), open.body(), open.hiddenFields(), open.nonce());
        HttpResponse<String> answer = clients.get(who).submitForm(target, post.form(), post.button(), post.fields());
        return judged(answer, before, state.call());
    }

    /** The cell when the page does not open for the capacity; a page refused with 403 must refuse a post too. */
    private Optional<Observed> unopened(Capacity who, Post post, HttpResponse<String> page) throws Exception {
        return switch (page.statusCode()) {
            case 200 -> Optional.empty();
            case 302, 303 -> {
                Observed sent = redirect(page);
                yield Optional.of(sent.is(Outcome.LOGIN) ? sent
                        : Observed.as(Outcome.REFUSED, "the page sends " + who.column() + " away: " + sent.description()));
            }
            case 404 -> Optional.of(Observed.as(Outcome.HIDDEN, "404"));
            case 403 -> {
                int posted = clients.get(who).postForm(post.postTo(), Map.of(post.form(), post.form(),
                        post.form() + ":" + post.button(), "")).statusCode();
                yield Optional.of(posted == 403 ? Observed.as(Outcome.DENIED, "403, and 403 to a post")
                        : Observed.unexpected("403, but " + posted + " to a post"));
            }
            default -> Optional.of(Observed.unexpected(page.statusCode() + " opening " + post.page()));
        };
    }

    private static Observed judged(HttpResponse<String> answer, String before, String after) {
        String redirect = DeskPages.group(Pattern.compile("<redirect url=\"([^\"]*)\""), answer.body()).map(url -> " → " + url).orElse("");
        String posted = "posted: " + answer.statusCode() + redirect + " " + DeskPages.message(answer.body());
        if (answer.statusCode() >= 500) {
            return Observed.unexpected(posted + " (" + before + " → " + after + ")");
        }
        if (answer.statusCode() == 403) {
            return Observed.as(Outcome.DENIED, posted);
        }
        if (answer.statusCode() == 404) {
            return Observed.as(Outcome.HIDDEN, posted);
        }
        return after.equals(before) ? Observed.as(Outcome.REFUSED, posted + ", " + before + " unchanged")
                : Observed.as(Outcome.DONE, posted + ", " + before + " → " + after);
    }

    /** As {@link #attempt}, on a fresh object that a capacity taking the action uses up. */
    private Observed attemptOn(Fresh fresh, Capacity who, java.util.function.Function<Long, Post> post,
                               java.util.function.Function<Long, Callable<String>> state) throws Exception {
        long id = fresh.get();
        Observed observed = attempt(who, post.apply(id), state.apply(id));
        if (observed.is(Outcome.DONE)) {
            fresh.usedUp();
        }
        return observed;
    }

    // ---- Case actions ---------------------------------------------------------------------------------------------

    private void caseProbes(Map<String, Probe> probes) {
        long tradeSecret = objects.id(TRADE_SECRET_CASE);
        long scratch = objects.id(SCRATCH_CASE);
        String word = "matrixfiling" + objects.suffix();
        String demoCourt = courtOption("Beijing Intellectual");
        probes.put("ACTION filingPage.file a case at the demo court", who -> attempt(who, Post.on("cases/new.xhtml", "filing", "submit",
                DeskPages.caseForm("Matrix filing " + word, demoCourt)), () -> "cases found: " + desk.casesFound(word)));
        probes.put("ACTION form.add a party row to the filing form", who -> partyRows(who, "sides:0:add"));
        probes.put("ACTION form.remove a party row from the filing form", who -> partyRows(who, "sides:0:rows:0:remove"));
        probes.put("ACTION casesPage.reset the case list's filters", this::resetFilters);
        probes.put("ACTION casePage.take ACCEPT of {scratch case}", who -> step(who, scratch, "ACCEPT", Map.of(),
                () -> "status " + DeskPages.textOf(clerkCasePage(scratch), "case-status")));
        probes.put("ACTION casePage.take EXTEND_EVIDENCE_PERIOD of {trade-secret case}", who -> step(who, tradeSecret,
                "EXTEND_EVIDENCE_PERIOD", Map.of("newEnd", LocalDate.now().plusDays(30 + who.ordinal()).toString()),
                () -> "evidence period " + DeskPages.textOf(clerkCasePage(tradeSecret), "evidence-period")));
        probes.put("ACTION caseEditPage.save a correction of {scratch case}", who -> correction(who, scratch));
        probes.put("ACTION casePage.addMember to {scratch case}", who -> {
            String member = newUser("member", "COUNSEL");
            return attempt(who, Post.on("cases/view.xhtml?id=" + scratch, "tabs:addMember", "submit",
                    Map.of("username", member, "role_input", "RESPONDENT_COUNSEL")), () -> members(scratch));
        });
        probes.put("ACTION casePage.removeMember from {scratch case}", who -> removeMember(who, scratch));
        probes.put("ACTION casePage.addNewRespondentCounsel to {scratch case}", who -> attempt(who,
                Post.on("cases/view.xhtml?id=" + scratch, "tabs:newCounsel", "submit", Map.of("username",
                        "matrix-new-" + who.column() + "-" + objects.suffix(), "name", "Matrix new counsel", "email", "",
                        "password", MatrixObjects.USER_PASSWORD)), () -> members(scratch)));
        probes.put("ACTION casePage.checkpoint of {trade-secret case}", who -> attempt(who,
                Post.on("cases/view.xhtml?id=" + tradeSecret, "tabs:custodyActions", "checkpoint"),
                () -> "checkpoints " + desk.custodyEntries(tradeSecret, "CHECKPOINT", null)));
        long sameCourt = objects.id(SAME_COURT_CASE);
        probes.put("ACTION casePage.checkpoint posted from the page of {trade-secret case} naming {case of the same court, unassigned}",
                who -> attempt(who, new Post("cases/view.xhtml?id=" + tradeSecret, "cases/view.xhtml?id=" + sameCourt,
                        "tabs:custodyActions", "checkpoint", Map.of()),
                        () -> "checkpoints of the other case " + desk.custodyEntries(sameCourt, "CHECKPOINT", null)));
    }

    private String courtOption(String word) {
        try {
            return desk.courtOption(word);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String clerkCasePage(long caseId) throws Exception {
        return clients.get(CLERK).get("cases/view.xhtml?id=" + caseId).body();
    }

    private String members(long caseId) throws Exception {
        String page = clerkCasePage(caseId);
        int start = page.indexOf("id=\"tabs:members\"");
        int end = page.indexOf("</table>", start);
        return "members " + Pattern.compile("\\(([^)<]+)\\)</td>").matcher(page.substring(start, end)).results()
                .map(match -> match.group(1)).toList();
    }

    /** A party row added to or removed from the filing form comes back in the page (the form lives in the view). */
    private Observed partyRows(Capacity who, String button) throws Exception {
        HttpResponse<String> page = clients.get(who).get("cases/new.xhtml");
        Optional<Observed> unopened = unopened(who, Post.on("cases/new.xhtml", "filing", button), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        long before = PARTY_ROW.matcher(page.body()).results().count();
        HttpResponse<String> answer = clients.get(who).submitAjax(WebClient.opened("cases/new.xhtml", page), "filing",
                "filing:" + button, "filing:partiesArea", "filing:partiesArea", Map.of());
        return judged(answer, "party rows " + before, "party rows " + PARTY_ROW.matcher(answer.body()).results().count());
    }

    private Observed resetFilters(Capacity who) throws Exception {
        String list = "cases/list.xhtml?q=lianxin";
        HttpResponse<String> page = clients.get(who).get(list);
        Optional<Observed> unopened = unopened(who, Post.on(list, "filters", "reset"), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        HttpResponse<String> answer = clients.get(who).submitAjax(WebClient.opened(list, page), "filters", "filters:reset",
                "filters:reset", "filters list:cases", Map.of());
        String search = "search '" + DeskPages.group(Pattern.compile("name=\"filters:search\"[^>]*value=\"([^\"]*)\""), page.body())
                .orElse("") + "'";
        String after = "search '" + DeskPages.group(Pattern.compile("name=\"filters:search\"[^>]*value=\"([^\"]*)\""), answer.body())
                .orElse("") + "'";
        return judged(answer, search, after);
    }

    /** A case step is one button among the page's steps (a row of a repeat); a step the page does not offer cannot be posted. */
    private Observed step(Capacity who, long caseId, String step, Map<String, String> inputs, Callable<String> state) throws Exception {
        String path = "cases/view.xhtml?id=" + caseId;
        String before = state.call();
        HttpResponse<String> page = clients.get(who).get(path);
        Optional<Observed> unopened = unopened(who, Post.on(path, "steps", "list:0:submit"), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        Matcher button = Pattern.compile("name=\"steps:list:(\\d+):submit\"[^>]*ed-step-" + step + "\\b|ed-step-" + step
                + "\\b[^>]*name=\"steps:list:(\\d+):submit\"").matcher(page.body());
        if (!button.find()) {
            return Observed.as(Outcome.REFUSED, "the page does not offer " + step + ", " + before + " unchanged");
        }
        String index = button.group(1) != null ? button.group(1) : button.group(2);
        Map<String, String> fields = new LinkedHashMap<>();
        inputs.forEach((name, value) -> fields.put("list:" + index + ":" + name, value));
        HttpResponse<String> answer = clients.get(who).submitAjax(WebClient.opened(path, page), "steps",
                "steps:list:" + index + ":submit", "steps:list:" + index + ":step", "steps", fields);
        return judged(answer, before, state.call());
    }

    private Observed correction(Capacity who, long caseId) throws Exception {
        String path = "cases/edit.xhtml?id=" + caseId;
        String relief = "An injunction, as corrected by " + who.column() + " " + System.nanoTime() + ".";
        Callable<String> corrected = () -> "relief corrected " + clerkCasePage(caseId).contains(relief);
        HttpResponse<String> page = clients.get(who).get(path);
        Optional<Observed> unopened = unopened(who, Post.on(path, "edit", "save"), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        String before = corrected.call();
        Map<String, String> form = DeskPages.caseForm(DeskPages.textOf(clerkCasePage(caseId), "case-title"), "");
        form.remove("court_input");
        form.put("relief", relief);
        HttpResponse<String> answer = clients.get(who).submitForm(WebClient.opened(path, page), "edit", "save", form);
        return judged(answer, before, corrected.call());
    }

    private Observed removeMember(Capacity who, long caseId) throws Exception {
        String member = newUser("removable", "COUNSEL");
        HttpResponse<String> added = DeskPages.post(clients.get(CLERK), "cases/view.xhtml?id=" + caseId, "tabs:addMember", "submit",
                Map.of("username", member, "role_input", "RESPONDENT_COUNSEL"));
        DeskPages.require(added.statusCode() == 302, "the clerk adding " + member, added);
        String path = "cases/view.xhtml?id=" + caseId;
        String before = members(caseId);
        HttpResponse<String> page = clients.get(who).get(path);
        Optional<Observed> unopened = unopened(who, Post.on(path, "tabs:members:0:remove", "remove"), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        int row = memberRow(page.body(), member);
        if (row < 0 || !page.body().contains("name=\"tabs:members:" + row + ":remove:remove\"")) {
            return Observed.as(Outcome.REFUSED, "the page offers no removal of " + member + ", " + before + " unchanged");
        }
        String form = "tabs:members:" + row + ":remove";
        HttpResponse<String> answer = clients.get(who).submitForm(WebClient.opened(path, page), form, "remove", Map.of());
        return judged(answer, before, members(caseId));
    }

    private static int memberRow(String page, String member) {
        Matcher row = Pattern.compile("<tr data-ri=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*\\(" + Pattern.quote(member) + "\\)", Pattern.DOTALL)
                .matcher(page.substring(Math.max(0, page.indexOf("id=\"tabs:members\""))));
        return row.find() ? Integer.parseInt(row.group(1)) : -1;
    }

    /** The administrator creates a user outside the matrix for an action to use; answers its username. */
    private static String newUser(String purpose, String role) throws Exception {
        String username = "matrix-" + purpose + "-" + Long.toString(System.nanoTime(), 36);
        MatrixObjects.createUser(desk, username, role, "");
        return username;
    }

    // ---- Evidence actions ---------------------------------------------------------------------------------------

    private void evidenceProbes(Map<String, Probe> probes) {
        long tradeSecret = objects.id(TRADE_SECRET_CASE);
        long order = objects.id(PROTECTIVE_ORDER);
        probes.put("ACTION uploadPage.handleUpload a file for {trade-secret case}", who -> upload(who, tradeSecret, null, Stage.RECEIVE));
        probes.put("ACTION uploadPage.discard a pending file of {trade-secret case}", who -> upload(who, tradeSecret, null, Stage.DISCARD));
        probes.put("ACTION uploadPage.submit evidence to {trade-secret case}", who -> upload(who, tradeSecret, null, Stage.SUBMIT));
        probes.put("ACTION uploadPage.submit evidence produced into {order protecting the item before the undertaking}",
                who -> upload(who, tradeSecret, order, Stage.SUBMIT));
        long parties = objects.id(RESPONDENT_PARTIES);
        probes.put("ACTION itemPage.rule on {respondent parties item}", who -> {
            String current = desk.itemStatus(parties);
            String ruling = current.equals("Admitted") ? "CHALLENGED" : "ADMITTED";
            return attempt(who, Post.on("evidence/item.xhtml?id=" + parties, "ruling", "submit",
                    Map.of("status_input", ruling, "reason", "Ruled by " + who.column() + " in the access matrix.")),
                    () -> "status " + desk.itemStatus(parties));
        });
        long after = objects.id(VIEW_ONLY_AFTER);
        probes.put("ACTION itemPage.acceptUndertaking for {view-only item after the undertaking}", who -> who == CLAIMANT_NAMED
                ? undertakings.get(CLAIMANT_NAMED)
                : attempt(who, Post.on("evidence/item.xhtml?id=" + after, "accept", "submit", Map.of("agree_input", "on")),
                        () -> "undertakings " + desk.custodyEntries(tradeSecret, "UNDERTAKING_ACCEPTED", after)));
        long before = objects.id(VIEW_ONLY_BEFORE);
        long third = objects.id(VIEW_ONLY_THIRD);
        probes.put("ACTION itemPage.acceptUndertaking posted from the page of {view-only item before the undertaking} naming {view-only item of a third order}",
                who -> attempt(who, new Post("evidence/item.xhtml?id=" + before, "evidence/item.xhtml?id=" + third, "accept", "submit",
                        Map.of("agree_input", "on")),
                        () -> "undertakings for the third item " + desk.custodyEntries(tradeSecret, "UNDERTAKING_ACCEPTED", third)));
    }

    private enum Stage { RECEIVE, DISCARD, SUBMIT }

    /**
     * The upload page: the file goes to the store first (the listener), then is discarded or submitted. Received is
     * read back as the pending file the page shows; submitted as a new item on the clerk's case page (or the order's
     * page for a production).
     */
    private Observed upload(Capacity who, long caseId, Long order, Stage stage) throws Exception {
        String path = "evidence/upload.xhtml?case=" + caseId + (order == null ? "" : "&order=" + order);
        Callable<String> items = () -> "items " + (order == null ? desk.items(clients.get(CLERK), caseId).size()
                : ITEM_LINK.matcher(clients.get(CLERK).get("disclosure/request.xhtml?id=" + order).body()).results().count());
        String before = items.call();
        HttpResponse<String> page = clients.get(who).get(path);
        Optional<Observed> unopened = unopened(who, Post.on(path, "describe", "submit"), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        OpenPage open = WebClient.opened(path, page);
        String label = "matrix upload by " + who.column() + " " + System.nanoTime();
        HttpResponse<String> received = clients.get(who).upload(open, "upload:files", "describe messages", "upload.txt",
                "text/plain", label.getBytes(StandardCharsets.UTF_8));
        boolean pending = received.body().contains("ed-pending");
        if (stage == Stage.RECEIVE) {
            return pending ? Observed.as(Outcome.DONE, "the file is received, pending its description")
                    : Observed.as(Outcome.REFUSED, "the file is not received: " + DeskPages.message(received.body()));
        }
        if (stage == Stage.DISCARD) {
            if (!pending) {
                return Observed.as(Outcome.REFUSED, "no file was received, so none to discard");
            }
            HttpResponse<String> discarded = clients.get(who).submitAjax(open, "describe", "describe:items:0:discard",
                    "describe:items:0:discard", "describe", Map.of());
            return discarded.body().contains("ed-pending") ? Observed.as(Outcome.REFUSED, "the file is still pending")
                    : Observed.as(Outcome.DONE, "the pending file is gone");
        }
        HttpResponse<String> submitted = clients.get(who).submitForm(open, "describe", "submit", Map.of(
                "items:0:title", label, "items:0:fact", "Tried by the access matrix.", "items:0:confidentiality_input", "PARTIES"));
        return judged(submitted, before, items.call());
    }

    // ---- Disclosure actions ---------------------------------------------------------------------------------------

    private void disclosureProbes(Map<String, Probe> probes) {
        long tradeSecret = objects.id(TRADE_SECRET_CASE);
        String sought = "Matrix application " + objects.suffix();
        java.util.function.Function<String, Callable<String>> requestsNamed = text -> () -> "requests '" + text + "': "
                + desk.requests(tradeSecret).values().stream().filter(row -> row.contains(text)).count();
        probes.put("ACTION newRequestPage.saveDraft in {trade-secret case}", who -> attempt(who, Post.on(
                "disclosure/new.xhtml?case=" + tradeSecret, "application", "draft", DeskPages.applicationFields(sought + " draft " + who.column())),
                requestsNamed.apply(sought + " draft " + who.column())));
        probes.put("ACTION newRequestPage.fileNow in {trade-secret case}", who -> attempt(who, Post.on(
                "disclosure/new.xhtml?case=" + tradeSecret, "application", "file", DeskPages.applicationFields(sought + " filed " + who.column())),
                requestsNamed.apply(sought + " filed " + who.column())));

        Fresh draft = new Fresh(() -> desk.apply(CLAIMANT_NAMED, tradeSecret, "Matrix draft to act on " + System.nanoTime(), null, false));
        probes.put("ACTION requestPage.revise a claimant draft", who -> attemptOn(draft, who, id -> Post.on(request(id), "revise", "save",
                DeskPages.applicationFields("Matrix draft revised by " + who.column())), id -> () -> "evidence sought '"
                + soughtOf(id) + "'"));
        probes.put("ACTION requestPage.file a claimant draft", who -> attemptOn(draft, who, id -> Post.on(request(id), "simple-steps", "file"),
                this::statusOf));

        Fresh filed = new Fresh(() -> desk.apply(CLAIMANT_NAMED, tradeSecret, "Matrix filed request to act on " + System.nanoTime(), null, true));
        probes.put("ACTION requestPage.withdraw a filed claimant request", who -> attemptOn(filed, who,
                id -> Post.on(request(id), "simple-steps", "withdraw"), this::statusOf));
        probes.put("ACTION requestPage.recordOpinion on a filed claimant request", who -> attemptOn(filed, who,
                id -> Post.on(request(id), "opinion-form", "submit", Map.of("text", "The respondent opposes (" + who.column() + ").")),
                this::statusOf));
        probes.put("ACTION requestPage.openReview of a filed claimant request", who -> attemptOn(filed, who,
                id -> Post.on(request(id), "simple-steps", "openReview"), this::statusOf));

        Fresh underReview = new Fresh(() -> {
            long id = desk.apply(CLAIMANT_NAMED, tradeSecret, "Matrix request under review " + System.nanoTime(), null, true);
            desk.openReview(id);
            return id;
        });
        probes.put("ACTION requestPage.grant a claimant request under review", who -> attemptOn(underReview, who,
                id -> Post.on(request(id), "grant", "submit", DeskPages.grantFields(false)), this::statusOf));
        probes.put("ACTION requestPage.deny a claimant request under review", who -> attemptOn(underReview, who,
                id -> Post.on(request(id), "deny", "submit", Map.of("ground", "IMMATERIAL",
                        "reasons", "The material does not bear on the facts in issue.")), this::statusOf));

        Fresh granted = new Fresh(() -> grantedOrder(tradeSecret, false));
        Fresh producedInto = new Fresh(() -> grantedOrder(tradeSecret, true));
        probes.put("ACTION requestPage.completeProduction of a granted order with a produced item", who -> attemptOn(producedInto, who,
                id -> Post.on(request(id), "simple-steps", "complete"), this::statusOf));
        probes.put("ACTION requestPage.reportPartial on a granted order", who -> attemptOn(granted, who,
                id -> Post.on(request(id), "noncompliance", "partial", Map.of("text", "Part of it is lost.")), this::statusOf));
        probes.put("ACTION requestPage.refuse a granted order", who -> attemptOn(granted, who,
                id -> Post.on(request(id), "noncompliance", "refuse", Map.of("text", "It is our trade secret.")), this::statusOf));

        Fresh referred = new Fresh(() -> {
            long id = grantedOrder(tradeSecret, false);
            HttpResponse<String> refused = DeskPages.post(clients.get(RESPONDENT), request(id), "noncompliance", "refuse",
                    Map.of("text", "It is our trade secret."));
            DeskPages.require(refused.statusCode() == 302, "the respondent refusing order " + id, refused);
            return id;
        });
        probes.put("ACTION requestPage.applyPresumption on an order the respondent refused", who -> attemptOn(referred, who,
                id -> Post.on(request(id), "presumption", "apply", Map.of("reasons", "The refusal was not justified.")), this::statusOf));
        probes.put("ACTION requestPage.declinePresumption on an order the respondent refused", who -> attemptOn(referred, who,
                id -> Post.on(request(id), "presumption", "decline", Map.of("reasons", "The refusal was justified.")), this::statusOf));
    }

    private static String request(long id) {
        return "disclosure/request.xhtml?id=" + id;
    }

    /** Read back as claimant counsel, who sees every request of the claimant (drafts included) and the orders against it. */
    private Callable<String> statusOf(long requestId) {
        return () -> "status " + desk.requestStatus(requestId, CLAIMANT_NAMED);
    }

    private String soughtOf(long requestId) throws Exception {
        String page = clients.get(CLAIMANT_NAMED).get(request(requestId)).body();
        return DeskPages.group(Pattern.compile("id=\"application-text\">\\s*<dt>[^<]*</dt><dd>([^<]*)<"), page).orElse("?");
    }

    /** A claimant request the judge granted (no protective measures), with an item produced into it if asked. */
    private long grantedOrder(long caseId, boolean withProducedItem) throws Exception {
        long id = desk.apply(CLAIMANT_NAMED, caseId, "Matrix order to comply with " + System.nanoTime(), null, true);
        desk.openReview(id);
        desk.grant(id, false);
        if (withProducedItem) {
            desk.upload(clients.get(RESPONDENT), caseId, id, "produced.txt", "text/plain",
                    ("produced " + System.nanoTime()).getBytes(StandardCharsets.UTF_8), "Matrix produced item", "PARTIES");
        }
        return id;
    }

    // ---- Burden ledger actions ------------------------------------------------------------------------------------

    private void ledgerProbes(Map<String, Probe> probes) {
        long tradeSecret = objects.id(TRADE_SECRET_CASE);
        String ledger = "burden/ledger.xhtml?case=" + tradeSecret;
        Callable<String> facts = () -> "facts " + factStates(tradeSecret).size();
        probes.put("ACTION ledgerPage.propose a fact in {trade-secret case}", who -> attempt(who, Post.on(ledger, "propose", "submit",
                Map.of("statement", "Matrix fact proposed by " + who.column(), "rule", "aucl-32a@1")), facts));
        Callable<String> links = () -> "links " + ITEM_LINK.matcher(clients.get(CLERK).get(ledger).body()).results().count();
        Fresh unlinked = new Fresh(() -> claimantItem(tradeSecret));
        probes.put("ACTION ledgerPage.link a claimant item to the demo fact of {trade-secret case}", who -> attemptOn(unlinked, who,
                item -> Post.on(ledger, "link", "submit", Map.of("showing", objects.id(MatrixObjects.DEMO_FACT)
                        + "|infringement-reasonably-indicated", "item", String.valueOf(item))), item -> links));
        Fresh linked = new Fresh(() -> {
            long item = claimantItem(tradeSecret);
            HttpResponse<String> done = DeskPages.post(clients.get(CLAIMANT_NAMED), ledger, "link", "submit", Map.of("showing",
                    objects.id(MatrixObjects.DEMO_FACT) + "|infringement-reasonably-indicated", "item", String.valueOf(item)));
            DeskPages.require(done.statusCode() == 302, "counsel linking item " + item, done);
            String page = clients.get(CLAIMANT_NAMED).get(ledger).body();
            String exhibit = desk.exhibit(clients.get(CLERK), item);
            return Long.parseLong(DeskPages.group(Pattern.compile("<option value=\"(\\d+)\"[^>]*>#\\d+ · " + Pattern.quote(exhibit) + " "),
                    page).orElseThrow(() -> new IllegalStateException("No link of " + exhibit + " to take back")));
        });
        probes.put("ACTION ledgerPage.unlink a claimant item from the demo fact of {trade-secret case}", who -> attemptOn(linked, who,
                support -> Post.on(ledger, "unlink", "submit", Map.of("support", String.valueOf(support))), support -> links));
        Fresh open = new Fresh(() -> {
            HttpResponse<String> proposed = DeskPages.post(clients.get(CLAIMANT_NAMED), ledger, "propose", "submit",
                    Map.of("statement", "Matrix fact to rule on " + System.nanoTime(), "rule", "aucl-32a@1"));
            DeskPages.require(proposed.statusCode() == 302, "counsel proposing a fact", proposed);
            List<Long> ids = new ArrayList<>(factStates(tradeSecret).keySet());
            return ids.get(ids.size() - 1);
        });
        probes.put("ACTION ledgerPage.shift the burden of a proposed fact in {trade-secret case}", who -> attemptOn(open, who,
                fact -> Post.on(ledger, "rule", "shift", Map.of("fact", String.valueOf(fact), "reasons", "The showings are met.")),
                fact -> () -> "fact state " + factStates(tradeSecret).get(fact)));
        probes.put("ACTION ledgerPage.keepBurden of a proposed fact in {trade-secret case}", who -> attemptOn(open, who,
                fact -> Post.on(ledger, "rule", "keep", Map.of("fact", String.valueOf(fact), "reasons", "The showings are not met.")),
                fact -> () -> "fact state " + factStates(tradeSecret).get(fact)));
    }

    /** The facts of the ledger with their state, as the clerk reads them. */
    private Map<Long, String> factStates(long caseId) throws Exception {
        String page = clients.get(CLERK).get("burden/ledger.xhtml?case=" + caseId).body();
        Map<Long, String> states = new LinkedHashMap<>();
        Matcher fact = Pattern.compile("id=\"fact-(\\d+)\".*?class=\"ed-fact-state\">\\s*([^<\\s][^<]*)", Pattern.DOTALL).matcher(page);
        while (fact.find()) {
            states.put(Long.parseLong(fact.group(1)), fact.group(2).strip());
        }
        return states;
    }

    /** A claimant item made for one link. */
    private long claimantItem(long caseId) throws Exception {
        return desk.upload(clients.get(CLAIMANT_NAMED), caseId, null, "link.txt", "text/plain",
                ("to link " + System.nanoTime()).getBytes(StandardCharsets.UTF_8), "Matrix item to link", "PARTIES");
    }

    // ---- Administration actions -------------------------------------------------------------------------------------

    private void administrationProbes(Map<String, Probe> probes) {
        probes.put("ACTION usersPage.create a user", who -> {
            String username = "matrix-created-" + who.column() + "-" + Long.toString(System.nanoTime(), 36);
            return attempt(who, Post.on("admin/users.xhtml", "create", "submit", Map.of("username", username,
                    "displayName", "Matrix created", "email", "", "roles", "COUNSEL", "court_input", "",
                    "password", MatrixObjects.USER_PASSWORD)), () -> usersPageListing(username));
        });
        Fresh user = new Fresh(() -> MatrixObjects.userId(desk, newUser("edited", "COUNSEL")));
        probes.put("ACTION userEditPage.save a user's details", who -> attemptOn(user, who, id -> Post.on(userPage(id), "details", "save",
                Map.of("displayName", "Matrix renamed by " + who.column(), "email", "", "roles", "COUNSEL", "court_input", "")),
                id -> () -> "renamed " + adminUserPage(id).contains("Matrix renamed by " + who.column())));
        probes.put("ACTION userEditPage.disable a user", who -> attemptOn(user, who, id -> Post.on(userPage(id), "access", "disable"),
                id -> () -> "status " + DeskPages.textOf(adminUserPage(id), "status")));
        Fresh disabled = new Fresh(() -> {
            long id = MatrixObjects.userId(desk, newUser("disabled", "COUNSEL"));
            HttpResponse<String> done = DeskPages.post(clients.get(ADMIN), userPage(id), "access", "disable", Map.of());
            DeskPages.require(done.statusCode() == 302, "disabling user " + id, done);
            return id;
        });
        probes.put("ACTION userEditPage.enable a user", who -> attemptOn(disabled, who, id -> Post.on(userPage(id), "access", "enable"),
                id -> () -> "status " + DeskPages.textOf(adminUserPage(id), "status")));
        probes.put("ACTION userEditPage.resetPassword of a user", this::resetPassword);
        probes.put("ACTION integrityPage.runNow", this::runIntegrityCheck);
        probes.put("ACTION ruleSetsPage.enable the proposed rule set", this::ruleSwitch);
        probes.put("ACTION ruleSetsPage.disable the proposed rule set", this::ruleSwitch);
    }

    /** Read back by logging in with the new password, tried only once the page says it was reset (failed logins count). */
    private Observed resetPassword(Capacity who) throws Exception {
        String username = newUser("reset", "COUNSEL");
        String path = userPage(MatrixObjects.userId(desk, username));
        HttpResponse<String> page = clients.get(who).get(path);
        Optional<Observed> unopened = unopened(who, Post.on(path, "reset", "submit"), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        String password = "Matrix-Reset-Pass-" + who.ordinal() + "-2026";
        HttpResponse<String> answer = clients.get(who).submitForm(WebClient.opened(path, page), "reset", "submit",
                Map.of("newPassword", password));
        String posted = "posted: " + answer.statusCode() + " " + DeskPages.message(answer.body());
        if (answer.statusCode() != 302) {
            return Observed.as(Outcome.REFUSED, posted);
        }
        int login = new WebClient(SharedServer.baseUrl()).login(username, password).statusCode();
        return login == 302 ? Observed.as(Outcome.DONE, posted + ", and the new password logs in")
                : Observed.unexpected(posted + ", but the new password does not log in (" + login + ")");
    }

    /** Read back as the message the run leaves for the page it redirects to. */
    private Observed runIntegrityCheck(Capacity who) throws Exception {
        String path = "admin/integrity.xhtml";
        HttpResponse<String> page = clients.get(who).get(path);
        Optional<Observed> unopened = unopened(who, Post.on(path, "sweep", "run"), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        HttpResponse<String> answer = clients.get(who).submitForm(WebClient.opened(path, page), "sweep", "run", Map.of());
        String shown = DeskPages.message(clients.get(who).get(path).body());
        boolean ran = answer.statusCode() == 302 && (shown.contains("All intact") || shown.contains("problem(s) found"));
        return ran ? Observed.as(Outcome.DONE, "posted: 302, then " + shown)
                : Observed.as(Outcome.REFUSED, "posted: " + answer.statusCode() + " " + DeskPages.message(answer.body()));
    }

    private static String userPage(long id) {
        return "admin/user.xhtml?id=" + id;
    }

    private static String adminUserPage(long id) throws Exception {
        return clients.get(ADMIN).get(userPage(id)).body();
    }

    private static String usersPageListing(String username) throws Exception {
        return "listed " + clients.get(ADMIN).get("admin/users.xhtml").body().contains(">" + username + "<");
    }

    private Observed ruleSwitch(Capacity who) throws Exception {
        HttpResponse<String> page = clients.get(who).get("admin/rules.xhtml");
        Optional<Observed> unopened = unopened(who, Post.on("admin/rules.xhtml", "rules", "rule:0:enable"), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        return Pattern.compile("name=\"rules:rule:\\d+:(enable|disable)\"").matcher(page.body()).find()
                ? Observed.as(Outcome.OFFERED, "the page offers the switch") : Observed.as(Outcome.REFUSED, "no switch offered");
    }

    // ---- Own account and session ----------------------------------------------------------------------------------

    private void ownProbes(Map<String, Probe> probes) {
        probes.put("ACTION loginPage.login with the capacity's password", who -> who.loggedIn() ? logins.get(who) : wrongPassword());
        probes.put("ACTION localeSelection.switchTo Chinese and back", this::switchLanguage);
        probes.put("ACTION accountPage.changePassword of one's own account, and back", this::changePassword);
        probes.put("ACTION noticesPage.markAllRead", who -> attempt(who, Post.on("notices.xhtml", "notices", "markAll"),
                () -> "unread badge " + clients.get(who).get("home.xhtml").body().contains("id=\"notice-count\"")));
        probes.put("ACTION noticesPage.open one's latest notice", this::openNotice);
        probes.put("ACTION verifyPage.verifyBundle with no file", who -> verify(who, "bundleForm", "verifyBundle"));
        probes.put("ACTION verifyPage.verifyFile with no file", who -> verify(who, "fileForm", "verifyFile"));
        probes.put("ACTION logoutAction.logout", who -> attempt(who, Post.on("home.xhtml", "session", "logout"),
                () -> "home answers " + clients.get(who).get("home.xhtml").statusCode()));
    }

    private static Observed logIn(Capacity capacity, String password) throws Exception {
        WebClient client = clients.get(capacity);
        Instant giveUp = Instant.now().plus(LOCK_WAIT);
        while (true) {
            HttpResponse<String> login = client.login(capacity.username(), password);
            // Another test locks an account on purpose (five wrong passwords lock it for a minute): wait it out.
            if (login.statusCode() == 200 && login.body().contains("Too many failed attempts") && Instant.now().isBefore(giveUp)) {
                Thread.sleep(5_000);
                continue;
            }
            int home = client.get("home.xhtml").statusCode();
            if (login.statusCode() != 302 || home != 200) {
                throw new IllegalStateException("Cannot log in as " + capacity + ": " + login.statusCode() + " "
                        + DeskPages.message(login.body()));
            }
            return Observed.as(Outcome.DONE, "302, then home answers 200");
        }
    }

    private static Observed wrongPassword() throws Exception {
        WebClient visitor = clients.get(ANONYMOUS);
        HttpResponse<String> login = visitor.login("matrix-nobody", "not the password at all");
        int home = visitor.get("home.xhtml").statusCode();
        return login.statusCode() == 200 && home == 302
                ? Observed.as(Outcome.REFUSED, "200 " + DeskPages.message(login.body()) + ", still not logged in")
                : Observed.unexpected(login.statusCode() + ", then home answers " + home);
    }

    private Observed switchLanguage(Capacity who) throws Exception {
        String page = who.loggedIn() ? "home.xhtml" : "login.xhtml";
        Callable<String> language = () -> "lang " + DeskPages.group(Pattern.compile("<html[^>]*lang=\"([^\"]+)\""),
                clients.get(who).get(page).body()).orElse("?");
        Observed observed = attempt(who, Post.on(page, "language", "zh"), language);
        DeskPages.post(clients.get(who), page, "language", "en", Map.of());
        return observed;
    }

    /**
     * Changes the capacity's own password to a temporary one, read back by changing it back with the temporary one
     * as the current password (no failed login is spent on it: the login throttle counts those per address).
     */
    private Observed changePassword(Capacity who) throws Exception {
        HttpResponse<String> page = clients.get(who).get("account.xhtml");
        Optional<Observed> unopened = unopened(who, Post.on("account.xhtml", "password", "save"), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        String temporary = "Matrix-Temporary-Pass-" + who.ordinal() + "-2026";
        HttpResponse<String> changed = clients.get(who).submitForm(WebClient.opened("account.xhtml", page), "password", "save",
                Map.of("current", who.password(), "new", temporary, "repeat", temporary));
        String posted = "posted: " + changed.statusCode() + " " + DeskPages.message(changed.body());
        if (clients.get(who).get("home.xhtml").statusCode() != 200) {
            // A change of password may end the user's sessions; the matrix goes on in a new one.
            logIn(who, temporary);
            posted += ", which ended the session";
        }
        HttpResponse<String> back = DeskPages.post(clients.get(who), "account.xhtml", "password", "save",
                Map.of("current", temporary, "new", who.password(), "repeat", who.password()));
        if (clients.get(who).get("home.xhtml").statusCode() != 200) {
            logIn(who, who.password());
        }
        return back.statusCode() == 302 ? Observed.as(Outcome.DONE, posted + "; changing back with the new one as current worked")
                : Observed.as(Outcome.REFUSED, posted + "; the new one is not the current password");
    }

    private Observed openNotice(Capacity who) throws Exception {
        HttpResponse<String> page = clients.get(who).get("notices.xhtml");
        Optional<Observed> unopened = unopened(who, Post.on("notices.xhtml", "notices", "list:0:open"), page);
        if (unopened.isPresent()) {
            return unopened.get();
        }
        if (!page.body().contains("name=\"notices:list:0:open\"") && !page.body().contains("id=\"notices:list:0:open\"")) {
            return Observed.as(Outcome.REFUSED, "no notice to open");
        }
        HttpResponse<String> opened = clients.get(who).submitForm(WebClient.opened("notices.xhtml", page), "notices", "list:0:open", Map.of());
        String location = opened.headers().firstValue("Location").orElse("");
        return opened.statusCode() == 302 && !location.endsWith("/notices.xhtml")
                ? Observed.as(Outcome.DONE, "302 → " + location) : Observed.as(Outcome.REFUSED, opened.statusCode() + " " + location);
    }

    private Observed verify(Capacity who, String form, String button) throws Exception {
        HttpResponse<String> answer = clients.get(who).submitMultipart(clients.get(who).open("verify.xhtml"), form, button, Map.of());
        return answer.statusCode() == 200 && answer.body().contains("id=\"verdict\"")
                ? Observed.as(Outcome.DONE, "200 with a verdict") : Observed.unexpected(answer.statusCode() + " "
                + DeskPages.message(answer.body()));
    }
}
