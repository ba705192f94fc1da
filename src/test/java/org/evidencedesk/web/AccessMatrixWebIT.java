package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.web.access.AccessTable;
import org.evidencedesk.web.access.AccessTable.Row;
import org.evidencedesk.web.access.AdministrationProbes;
import org.evidencedesk.web.access.Answers;
import org.evidencedesk.web.access.ApiAnswers;
import org.evidencedesk.web.access.ApiCall;
import org.evidencedesk.web.access.ApiOutcomes;
import org.evidencedesk.web.access.ApiProbes;
import org.evidencedesk.web.access.Attempts;
import org.evidencedesk.web.access.Capacity;
import org.evidencedesk.web.access.CaseProbes;
import org.evidencedesk.web.access.DisclosureProbes;
import org.evidencedesk.web.access.EntryPoints;
import org.evidencedesk.web.access.EvidenceProbes;
import org.evidencedesk.web.access.LedgerProbes;
import org.evidencedesk.web.access.Matrix;
import org.evidencedesk.web.access.Mismatches;
import org.evidencedesk.web.access.Observed;
import org.evidencedesk.web.access.Outcome;
import org.evidencedesk.web.access.OwnSessionProbes;
import org.evidencedesk.web.access.Probe;
import org.evidencedesk.web.access.ServletProbes;
import org.evidencedesk.web.access.TokenRuleProbes;
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
 * <p>The objects are the demo's trade-secret case and what {@link org.evidencedesk.web.access.MatrixObjects} adds
 * to it through the pages. Each capacity logs in once; actions that take effect are tried last in their row, each
 * on an object made fresh for it, and every action is read back (as the court, or as the object's author) to tell
 * a refusal from a change. Outcomes are defined in {@link Outcome}; every cell's answer is written to
 * {@code target/access-matrix.txt}. Rows are written to the intended policy: where today's code differs, the
 * comment above the row names the item of issue 10 that changes it.
 *
 * <p>The last column is the API's (issue 15: "the access matrix of the pages holds for the API too"): the call that
 * does what the page row does, tried by every capacity with its token, expecting the same cell in the API's terms
 * ({@link ApiOutcomes}: 404 where the page hides, 403 where it refuses, 401 where it sends to the login page, the
 * scope checked before the object); rows that only the API has start with {@code —}. Every operation the API
 * serves needs a row, with the scope its {@code @SecurityRequirement} declares; the token rules have their own table.
 */
@ExtendWith(SharedServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixWebIT {

    // ---- The policy, as tables. Columns: counsel (claimant counsel named in the protective orders), counsel2
    // (claimant counsel not named), defence (respondent counsel), clerk (of the case's court), judge (assigned),
    // judge2 (of the same court, not assigned), investigator (assigned), admin, anonymous.

    static final String PUBLIC_AND_OWN_PAGES = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # Anyone, signed in or not: logging in, verifying a bundle, the time-stamping authority and its root, the PKI's certificates, CRLs and OCSP responder, health, error pages.
            | GET /login.xhtml                                                               | REDIRECT  | REDIRECT  | REDIRECT  | REDIRECT  | REDIRECT  | REDIRECT  | REDIRECT     | REDIRECT  | SHOWN | — |
            | GET /verify.xhtml                                                              | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /api.xhtml                                                                 | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /error/403.xhtml                                                           | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /error/404.xhtml                                                           | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /error/405.xhtml                                                           | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /error/410.xhtml                                                           | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /error/429.xhtml                                                           | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /error/500.xhtml                                                           | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /error/expired.xhtml                                                       | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /error/cross-site.xhtml                                                    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /error/script.xhtml                                                        | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /root-ca.pem                                                               | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | POST /tsa with an RFC 3161 query                                               | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /pki/root-ca.crt                                                           | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /pki/document-signing-ca.crt                                               | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /pki/root-ca.crl                                                           | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /pki/time-stamping-ca.crl                                                  | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | POST /pki/ocsp with an OCSP request                                            | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /pki/ocsp/MAA%3D                                                           | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            | GET /health                                                                    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            # The OpenAPI document of the API (served by Payara Micro's MicroProfile OpenAPI, outside /api/v1).
            | GET /openapi                                                                   | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | SHOWN | — |
            # Everyone signed in: their own pages (lists show only what the viewer may see).
            | GET /home.xhtml                                                                | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | LOGIN | — |
            | GET /account.xhtml                                                             | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | LOGIN | GET /me [token] |
            | GET /notices.xhtml                                                             | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | LOGIN | GET /notices [read] |
            | GET /calendar.xhtml                                                            | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | LOGIN | — |
            | GET /cases/list.xhtml                                                          | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | LOGIN | GET /cases [read] |
            | GET /cases/new.xhtml                                                           | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | SHOWN     | LOGIN | — |
            # Administration: administrators only; anyone else signed in gets 403 (as today). The jobs page also shows the
            # archive time-stamps' earliest renewal and how many are due (issue 14): administrators only, with the page.
            | GET /admin/users.xhtml                                                         | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | SHOWN     | LOGIN | — |
            | GET /admin/user.xhtml?id={counsel's account}                                   | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | SHOWN     | LOGIN | — |
            | GET /admin/keys.xhtml                                                          | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | SHOWN     | LOGIN | — |
            | GET /admin/rules.xhtml                                                         | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | SHOWN     | LOGIN | — |
            | GET /admin/integrity.xhtml                                                     | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | SHOWN     | LOGIN | — |
            | GET /admin/jobs.xhtml                                                          | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | SHOWN     | LOGIN | — |
            """;

    static final String CASES = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # A case: its members, and the clerks and judges of its court (assigned or not); nobody else, not even an administrator.
            # counsel filed the demo's Pricewise case; it has no other member.
            | GET /cases/view.xhtml?id={trade-secret case}                                   | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /cases/{trade-secret case} [read] |
            | GET /cases/view.xhtml?id={case of the same court, unassigned}                  | SHOWN     | HIDDEN    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{case of the same court, unassigned} [read] |
            | GET /cases/view.xhtml?id={case of another court}                               | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{case of another court} [read] |
            | GET /cases/view.xhtml?id={no such case}                                        | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{no such case} [read] |
            # The clerk corrects the record of an accepted case; members who may not edit it are sent back to the case page.
            | GET /cases/edit.xhtml?id={trade-secret case}                                   | REDIRECT  | REDIRECT  | REDIRECT  | SHOWN     | REDIRECT  | REDIRECT  | REDIRECT     | HIDDEN    | LOGIN | — |
            | GET /cases/edit.xhtml?id={case of another court}                               | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | — |
            | GET /evidence/upload.xhtml?case={trade-secret case}                            | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | — |
            | GET /evidence/upload.xhtml?case={case of another court}                        | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | — |
            | GET /evidence/export.xhtml?case={trade-secret case}                            | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | — |
            | GET /evidence/export.xhtml?case={case of another court}                        | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | — |
            | GET /disclosure/new.xhtml?case={trade-secret case}                             | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | — |
            | GET /disclosure/new.xhtml?case={case of another court}                         | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | — |
            | GET /burden/ledger.xhtml?case={trade-secret case}                              | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | — |
            | GET /burden/ledger.xhtml?case={case of another court}                          | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | — |
            # The whole custody log as JSON lines is the court's; counsel read the entries they may see on the case page.
            | GET /custody/{trade-secret case}.jsonl                                         | DENIED    | DENIED    | DENIED    | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /cases/{trade-secret case}/custody [court] |
            | GET /custody/{case of another court}.jsonl                                     | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{case of another court}/custody [court] |
            # The case page's tabs over the API (its evidence, deadlines, members, requests and rulings): whoever sees the
            # case sees them, with what the item and request rows allow; nobody else.
            | —                                                                              | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /cases/{trade-secret case}/items [read] |
            | —                                                                              | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{case of another court}/items [read] |
            | —                                                                              | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /cases/{trade-secret case}/deadlines [read] |
            | —                                                                              | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{case of another court}/deadlines [read] |
            | —                                                                              | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /cases/{trade-secret case}/members [read] |
            | —                                                                              | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{case of another court}/members [read] |
            | —                                                                              | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /cases/{trade-secret case}/disclosure-requests [read] |
            | —                                                                              | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{case of another court}/disclosure-requests [read] |
            | —                                                                              | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /cases/{trade-secret case}/rulings [read] |
            | —                                                                              | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{case of another court}/rulings [read] |
            | —                                                                              | SHOWN     | HIDDEN    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{case of the same court, unassigned}/items [read] |
            """;

    static final String EVIDENCE = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # The court (clerk, any judge of the court, the assigned investigator) sees every item; counsel see their own side's
            # and the other side's unless court-only; protected items of the other side only if named in the order, after the
            # undertaking, and a bound person never downloads a view-only item's content. Receipts, signatures and tokens go to
            # whoever may see the item. The item-page rows also decide what no other page or bundle may betray (see Answers).
            | GET /evidence/item.xhtml?id={claimant parties item}                            | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{claimant parties item} [read] |
            | GET /evidence/download/content/{claimant parties item}                         | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{claimant parties item}/content [read] |
            | GET /evidence/download/receipt.json/{claimant parties item}                    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{claimant parties item}/receipt [read] |
            # Only PDFs and images are shown in the browser; other formats are refused there (inspected at the court).
            | GET /evidence/view/{claimant parties item}/page/1                              | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | HIDDEN    | LOGIN | — |
            | GET /evidence/item.xhtml?id={claimant court-only item}                         | SHOWN     | SHOWN     | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{claimant court-only item} [read] |
            | GET /evidence/download/content/{claimant court-only item}                      | SHOWN     | SHOWN     | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{claimant court-only item}/content [read] |
            | GET /evidence/download/receipt.json/{claimant court-only item}                 | SHOWN     | SHOWN     | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{claimant court-only item}/receipt [read] |
            | GET /evidence/download/receipt.p7s/{claimant court-only item}                  | SHOWN     | SHOWN     | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{claimant court-only item}/signature [read] |
            | GET /evidence/download/token.tsr/{claimant court-only item}                    | SHOWN     | SHOWN     | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{claimant court-only item}/token [read] |
            | GET /evidence/item.xhtml?id={respondent public-record item}                    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent public-record item} [read] |
            | GET /evidence/download/content/{respondent public-record item}                 | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent public-record item}/content [read] |
            | GET /evidence/download/receipt.json/{respondent public-record item}            | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent public-record item}/receipt [read] |
            | GET /evidence/item.xhtml?id={respondent parties item}                          | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent parties item} [read] |
            | GET /evidence/download/content/{respondent parties item}                       | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent parties item}/content [read] |
            | GET /evidence/download/receipt.json/{respondent parties item}                  | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent parties item}/receipt [read] |
            | GET /evidence/item.xhtml?id={respondent counsel-only item}                     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent counsel-only item} [read] |
            | GET /evidence/download/content/{respondent counsel-only item}                  | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent counsel-only item}/content [read] |
            | GET /evidence/download/receipt.json/{respondent counsel-only item}             | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent counsel-only item}/receipt [read] |
            | GET /evidence/item.xhtml?id={respondent court-only item}                       | HIDDEN    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent court-only item} [read] |
            | GET /evidence/download/content/{respondent court-only item}                    | HIDDEN    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent court-only item}/content [read] |
            | GET /evidence/download/receipt.json/{respondent court-only item}               | HIDDEN    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent court-only item}/receipt [read] |
            | GET /evidence/download/receipt.p7s/{respondent court-only item}                | HIDDEN    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent court-only item}/signature [read] |
            | GET /evidence/download/token.tsr/{respondent court-only item}                  | HIDDEN    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{respondent court-only item}/token [read] |
            | GET /evidence/view/{respondent court-only item}/page/1                         | HIDDEN    | HIDDEN    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | HIDDEN    | LOGIN | — |
            # Produced under an order naming counsel (view only, undertaking first): before counsel's undertaking, only the undertaking.
            | GET /evidence/item.xhtml?id={view-only item before the undertaking}            | UNDERTAKING | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{view-only item before the undertaking} [read] |
            | GET /evidence/download/content/{view-only item before the undertaking}         | DENIED    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{view-only item before the undertaking}/content [read] |
            | GET /evidence/download/receipt.json/{view-only item before the undertaking}    | DENIED    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{view-only item before the undertaking}/receipt [read] |
            | GET /evidence/download/receipt.p7s/{view-only item before the undertaking}     | DENIED    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{view-only item before the undertaking}/signature [read] |
            | GET /evidence/download/token.tsr/{view-only item before the undertaking}       | DENIED    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{view-only item before the undertaking}/token [read] |
            | GET /evidence/view/{view-only item before the undertaking}/page/1              | DENIED    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | — |
            # After the undertaking: shown, marked view-only, no content download; in the browser as rendered pages, never the
            # original bytes (item 3: today /evidence/view streams the original PDF).
            | GET /evidence/item.xhtml?id={view-only item after the undertaking}             | VIEW_ONLY | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{view-only item after the undertaking} [read] |
            | GET /evidence/download/content/{view-only item after the undertaking}          | DENIED    | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{view-only item after the undertaking}/content [read] |
            | GET /evidence/download/receipt.json/{view-only item after the undertaking}     | SHOWN     | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{view-only item after the undertaking}/receipt [read] |
            | GET /evidence/download/receipt.p7s/{view-only item after the undertaking}      | SHOWN     | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{view-only item after the undertaking}/signature [read] |
            | GET /evidence/download/token.tsr/{view-only item after the undertaking}        | SHOWN     | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /items/{view-only item after the undertaking}/token [read] |
            | GET /evidence/view/{view-only item after the undertaking}/page/1               | RENDERED  | HIDDEN    | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | — |
            | GET /evidence/item.xhtml?id={item of another court's case}                     | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /items/{item of another court's case} [read] |
            | GET /evidence/download/content/{item of another court's case}                  | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /items/{item of another court's case}/content [read] |
            | GET /evidence/download/receipt.json/{item of another court's case}             | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /items/{item of another court's case}/receipt [read] |
            | GET /evidence/view/{item of another court's case}/page/1                       | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | — |
            | GET /evidence/item.xhtml?id={no such item}                                     | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /items/{no such item} [read] |
            | GET /evidence/download/content/{no such item}                                  | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /items/{no such item}/content [read] |
            """;

    static final String REQUESTS_AND_RULINGS = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # A draft: its author's side only (item 5: today both sides and the court see drafts).
            | GET /disclosure/request.xhtml?id={claimant draft}                              | SHOWN     | SHOWN     | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /disclosure-requests/{claimant draft} [read] |
            # Filed requests and orders: both sides and the court; the page names no item the viewer may not see (item 5:
            # today defence reads the claimant's court-only preliminary evidence, counsel2 the exhibits produced to counsel).
            | GET /disclosure/request.xhtml?id={filed request citing the claimant court-only item} | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /disclosure-requests/{filed request citing the claimant court-only item} [read] |
            | GET /disclosure/request.xhtml?id={order protecting the item before the undertaking} | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /disclosure-requests/{order protecting the item before the undertaking} [read] |
            | GET /disclosure/request.xhtml?id={no such request}                             | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /disclosure-requests/{no such request} [read] |
            | GET /rulings/{ruling granting that order}.pdf                                  | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /rulings/{ruling granting that order}/pdf [read] |
            | GET /rulings/{no such ruling}.pdf                                              | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /rulings/{no such ruling}/pdf [read] |
            """;

    static final String BUNDLES = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # A bundle is exported by counsel and the court of the case, by POST only, with a token bound to the session
            # (item 7: today a GET exports too, and a POST without a token is taken). What it holds passes the same check as a
            # page: no entry name, manifest or custody entry may betray an item the exporter may not see (item 1: today the
            # whole custody log goes in, with the original name, hashes and size of every item).
            | GET /evidence/bundle/{trade-secret case}?select=all                            | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | WRONG_METHOD | LOGIN | — |
            | POST /evidence/bundle/{trade-secret case} select=all, as the export page posts it | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | DENIED    | LOGIN | — |
            | POST /evidence/bundle/{trade-secret case} select=all, without the page's session token | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | DENIED    | LOGIN | — |
            # Naming an item one may not take: nothing is selected, and the page says so.
            | POST /evidence/bundle/{trade-secret case} select=hand item={respondent court-only item}, as the export page posts it | REFUSED   | REFUSED   | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | DENIED    | LOGIN | — |
            | POST /evidence/bundle/{case of another court} select=all, with the trade-secret case's page fields | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | DENIED    | LOGIN | — |
            # The export page keeps the choice in its view for the one field it posts: whoever may open the page chooses all
            # the items they may take a copy of (read back: that field, which names no item they may not copy, and the
            # table, which betrays none they may not see) or clears the choice. Nothing is stored.
            | ACTION exportPage.chooseAll items of {trade-secret case} for a bundle          | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | HIDDEN    | LOGIN | — |
            | ACTION exportPage.clearChoice of items of {trade-secret case}                  | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | HIDDEN    | LOGIN | — |
            # The same exports over the API: the page's cells, but an administrator, who sees no case, is answered 404 as on
            # the export page (the servlet's 403 for them above is its session token's: they never open the export page).
            | —                                                                              | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /cases/{trade-secret case}/bundle [export] |
            | —                                                                              | REFUSED   | REFUSED   | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN        | HIDDEN    | LOGIN | GET /cases/{trade-secret case}/bundle?items={respondent court-only item} [export] |
            | —                                                                              | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{case of another court}/bundle [export] |
            """;

    static final String CASE_ACTIONS = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # Filing: counsel only; the court and administrators are told so and nothing is filed.
            | ACTION filingPage.file a case at the demo court                                | DONE      | DONE      | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED      | REFUSED   | LOGIN | — |
            # The filing form's party rows and the case list's filters live on the page; nothing is stored.
            | ACTION form.add a party row to the filing form                                 | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | LOGIN | — |
            | ACTION form.remove a party row from the filing form                            | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | LOGIN | — |
            | ACTION casesPage.reset the case list's filters                                 | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | LOGIN | — |
            # Steps of a case: the clerk's (the scratch case is filed at the demo court by a counsel outside the matrix).
            | ACTION casePage.take ACCEPT of {scratch case}                                  | HIDDEN    | HIDDEN    | HIDDEN    | DONE      | REFUSED   | REFUSED   | HIDDEN       | HIDDEN    | LOGIN | — |
            # Service of the complaint on a respondent, and an application to extend the evidence period made in writing to
            # the court: the clerk records them (counsel applies with its own step, APPLY_FOR_EXTENSION).
            | ACTION casePage.take RECORD_SERVICE of {scratch case}                          | HIDDEN    | HIDDEN    | HIDDEN    | DONE      | REFUSED   | REFUSED   | HIDDEN       | HIDDEN    | LOGIN | — |
            | ACTION casePage.take RECORD_EXTENSION_APPLICATION of {trade-secret case}       | REFUSED   | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # A refusal to accept is a ruling the claimant may appeal (CPL arts. 126, 157, 171): the clerk refuses, records
            # its service on the claimant and records the claimant's appeal; no one else takes these steps.
            | ACTION casePage.take REFUSE of {case to refuse}                                | HIDDEN    | HIDDEN    | HIDDEN    | DONE      | REFUSED   | REFUSED   | HIDDEN       | HIDDEN    | LOGIN | — |
            | ACTION casePage.take RECORD_DECISION_SERVICE of {case to refuse}               | HIDDEN    | HIDDEN    | HIDDEN    | DONE      | REFUSED   | REFUSED   | HIDDEN       | HIDDEN    | LOGIN | — |
            | ACTION casePage.take RECORD_APPEAL of {case to refuse}                         | HIDDEN    | HIDDEN    | HIDDEN    | DONE      | REFUSED   | REFUSED   | HIDDEN       | HIDDEN    | LOGIN | — |
            | ACTION caseEditPage.save a correction of {scratch case}                        | HIDDEN    | HIDDEN    | HIDDEN    | DONE      | REFUSED   | REFUSED   | HIDDEN       | HIDDEN    | LOGIN | — |
            | ACTION casePage.addMember to {scratch case}                                    | HIDDEN    | HIDDEN    | HIDDEN    | DONE      | REFUSED   | REFUSED   | HIDDEN       | HIDDEN    | LOGIN | — |
            | ACTION casePage.removeMember from {scratch case}                               | HIDDEN    | HIDDEN    | HIDDEN    | DONE      | REFUSED   | REFUSED   | HIDDEN       | HIDDEN    | LOGIN | — |
            | ACTION casePage.addNewRespondentCounsel to {scratch case}                      | HIDDEN    | HIDDEN    | HIDDEN    | DONE      | REFUSED   | REFUSED   | HIDDEN       | HIDDEN    | LOGIN | — |
            # Custody checkpoints: the clerk of the case's court and the assigned judge only (item 2: today the page lets
            # every court capacity take one).
            | ACTION casePage.checkpoint of {trade-secret case}                              | REFUSED   | REFUSED   | REFUSED   | DONE      | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # A forged postback (item 2): the checkpoint form of the trade-secret case's page, posted with another case's id
            # in the URL. Nothing may be written into that case, whoever posts it.
            | ACTION casePage.checkpoint posted from the page of {trade-secret case} naming {case of the same court, unassigned} | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            """;

    static final String EVIDENCE_ACTIONS = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # Submitting evidence: counsel of either side, the clerk and the assigned judge. A judge not assigned and the
            # investigator may not submit, so no file of theirs should reach the store either (today the upload listener
            # stores it, pending, without asking who uploads: not one of issue 10's items; see the report).
            | ACTION uploadPage.handleUpload a file for {trade-secret case}                  | DONE      | DONE      | DONE      | DONE      | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | PUT /cases/{trade-secret case}/submissions/{key} without metadata [submit] |
            | ACTION uploadPage.discard a pending file of {trade-secret case}                | DONE      | DONE      | DONE      | DONE      | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION uploadPage.submit evidence to {trade-secret case}                       | DONE      | DONE      | DONE      | DONE      | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | PUT /cases/{trade-secret case}/submissions/{key} with metadata [submit] |
            # Producing under an order: the ordered side only.
            # Over the API a body can be held first and described later (202), then registered by its metadata (201). Who may
            # not submit never holds one, so has no submission under the key to describe or read: 404.
            | —                                                                              | DONE      | DONE      | DONE      | DONE      | DONE      | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | PUT /cases/{trade-secret case}/submissions/{key}/metadata for a body held under the key [submit] |
            | —                                                                              | SHOWN     | SHOWN     | SHOWN     | SHOWN     | SHOWN     | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | GET /cases/{trade-secret case}/submissions/{key} of a body held under the key [submit] |
            # Producing into an order is the upload page's only: the API has no production operation yet (issue 15's note).
            | ACTION uploadPage.submit evidence produced into {order protecting the item before the undertaking} | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # Ruling on an item (admit, challenge, exclude): the assigned judge only (item 4: today any court capacity).
            | ACTION itemPage.rule on {respondent parties item}                              | REFUSED   | REFUSED   | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # The undertaking: the person the order names. counsel's cell is the acceptance the setup makes (the rows about
            # the "after" state need it before they run); for everyone else no undertaking is due, and none is recorded.
            | ACTION itemPage.acceptUndertaking for {view-only item after the undertaking}   | DONE      | HIDDEN    | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # A forged postback (item 9): the undertaking form shown for one order's item, posted with another order's item id.
            | ACTION itemPage.acceptUndertaking posted from the page of {view-only item before the undertaking} naming {view-only item of a third order} | REFUSED   | HIDDEN    | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            """;

    static final String DISCLOSURE_ACTIONS = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # Applying for an order: counsel of either party; the court cannot apply. Each step below is tried on a request
            # in the state the step starts from, made afresh for each capacity that takes it.
            | ACTION newRequestPage.saveDraft in {trade-secret case}                         | DONE      | DONE      | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION newRequestPage.fileNow in {trade-secret case}                           | DONE      | DONE      | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | POST /cases/{trade-secret case}/disclosure-requests [submit] |
            # The application form (new, or a draft revised) searches the applicant's own items to offer as preliminary
            # evidence: counsel find their side's and nothing of the other side's, nor anything hidden from them; the court,
            # which applies for no side, is offered nothing (read back: the choices the answer offers). Nothing is stored.
            | ACTION page.findPreliminary evidence of one's side for an application in {trade-secret case} | DONE      | DONE      | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION page.findPreliminary evidence of one's side for a revision of {claimant draft} | DONE      | DONE      | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | — |
            # A draft belongs to its author's side; nobody else sees it (item 5: today they see it and are refused).
            | ACTION requestPage.revise a claimant draft                                     | DONE      | DONE      | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | — |
            | ACTION requestPage.file a claimant draft                                       | DONE      | DONE      | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | — |
            # A filed request: the author's side withdraws it, the other side gives its opinion, the court (clerk or assigned
            # judge) invites that opinion by a day it sets (CE art. 46 para. 1). While that day runs nobody opens the review:
            # the court hears the other side first (it opens once the day has passed: DisclosurePersistenceIT).
            | ACTION requestPage.withdraw a filed claimant request                           | DONE      | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION requestPage.recordOpinion on a filed claimant request                   | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | PUT /disclosure-requests/{a filed claimant request}/opinion [submit] |
            | ACTION requestPage.inviteOpinion on a filed claimant request                   | REFUSED   | REFUSED   | REFUSED   | DONE      | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION requestPage.openReview of a filed claimant request whose opinion is still due | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # Deciding: the assigned judge only.
            | ACTION requestPage.grant a claimant request under review                       | REFUSED   | REFUSED   | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION requestPage.deny a claimant request under review                        | REFUSED   | REFUSED   | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # Complying with an order: the ordered side.
            | ACTION requestPage.completeProduction of a granted order with a produced item  | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION requestPage.reportPartial on a granted order                            | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION requestPage.refuse a granted order                                      | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # Challenging a completed production (IPE art. 25 para. 1: false, destroyed, made unusable): the applicant's counsel only.
            | ACTION requestPage.challengeProduction of an order the respondent reported produced | DONE      | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # The presumption after non-compliance: the assigned judge only.
            | ACTION requestPage.makeFinding on an order the respondent refused              | REFUSED   | REFUSED   | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION requestPage.declineFinding on an order the respondent refused            | REFUSED   | REFUSED   | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            """;

    static final String LEDGER_ACTIONS = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # Counsel propose facts and link their own side's evidence. Every rule set the trade-secret case allows moves the
            # burden onto the respondent, so none can be the basis of the respondent's own fact: its proposal is refused.
            | ACTION ledgerPage.propose a fact in {trade-secret case}                        | DONE      | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # The link form searches the items of counsel's own side (a case may hold 10,000): only counsel whose side bears
            # the burden of an open fact have the form (the respondent has none here), and a search offers nothing of the
            # other side's, nor anything hidden from them (read back: the choices the answer offers). Nothing is stored.
            | ACTION ledgerPage.findItems of one's side to link in {trade-secret case}       | DONE      | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION ledgerPage.link a claimant item to the demo fact of {trade-secret case} | DONE      | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION ledgerPage.unlink a claimant item from the demo fact of {trade-secret case} | DONE      | DONE      | REFUSED   | REFUSED   | REFUSED   | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            # Ruling on a shift of the burden: the assigned judge only (on a fact counsel proposed for it).
            | ACTION ledgerPage.shift the burden of a proposed fact in {trade-secret case}   | REFUSED   | REFUSED   | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            | ACTION ledgerPage.keepBurden of a proposed fact in {trade-secret case}         | REFUSED   | REFUSED   | REFUSED   | REFUSED   | DONE      | REFUSED   | REFUSED      | HIDDEN    | LOGIN | — |
            """;

    static final String ADMINISTRATION_ACTIONS = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # Administrators only: the pages answer 403 to anyone else signed in, and so does a post to them.
            | ACTION usersPage.create a user                                                 | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | DONE      | LOGIN | — |
            | ACTION userEditPage.save a user's details                                      | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | DONE      | LOGIN | — |
            | ACTION userEditPage.disable a user                                             | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | DONE      | LOGIN | — |
            | ACTION userEditPage.enable a user                                              | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | DONE      | LOGIN | — |
            | ACTION userEditPage.resetPassword of a user                                    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | DONE      | LOGIN | — |
            | ACTION integrityPage.runNow                                                    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | DONE      | LOGIN | — |
            # The switch of the proposed rule set: RuleSetsWebIT presses it and reads the rule's history as shipped, so here
            # it is only seen offered (enable and disable are the same button in its two states).
            | ACTION ruleSetsPage.enable the proposed rule set                               | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | OFFERED   | LOGIN | — |
            | ACTION ruleSetsPage.disable the proposed rule set                              | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | OFFERED   | LOGIN | — |
            # Recording the instrument that makes the proposed rule binding cannot be undone: on the shared server it is only
            # seen offered; PersistenceIT records one, RuleSetsWebIT sees one refused.
            | ACTION ruleSetsPage.adopt the proposed rule set                                | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | OFFERED   | LOGIN | — |
            # Revoking a certificate cannot be undone, and every signature the shared server made after it would fail: here it
            # is only seen offered; EvidencePersistenceIT revokes one (rolled back) and has the service refuse everyone else.
            | ACTION keysPage.revoke a certificate                                           | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | OFFERED   | LOGIN | — |
            """;

    static final String OWN_ACTIONS = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # Each capacity's login is the setup's; the anonymous visitor tries a wrong password.
            | ACTION loginPage.login with the capacity's password                            | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | REFUSED | — |
            | ACTION localeSelection.switchTo Chinese and back                               | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | DONE | — |
            | ACTION accountPage.changePassword of one's own account, and back               | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | LOGIN | — |
            # Personal access tokens on My account: everyone signed in makes and revokes their own (the service refuses
            # another's token id as not found: AccessTokenRulesTest); the API itself never makes or revokes tokens.
            | ACTION accessTokensSection.create a read token of one's own                    | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | LOGIN | — |
            | ACTION accessTokensSection.revoke one's newest token                           | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | LOGIN | — |
            # Over the API a notice is marked read by its id: only by the person it is addressed to; to anyone else it does not exist
            # (tried before the page marks them all read).
            | —                                                                              | DONE      | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN    | HIDDEN       | HIDDEN    | LOGIN | POST /notices/{counsel's latest unread notice}/read [read]   |
            # NoticeBoard reach the members of a case: the clerk, judge2 and the administrator are members of none, so they have
            # nothing to mark read or open (the page offers neither).
            | ACTION noticesPage.markAllRead                                                 | DONE      | DONE      | DONE      | REFUSED   | DONE      | REFUSED   | DONE         | REFUSED   | LOGIN | — |
            | ACTION noticesPage.open one's latest notice                                    | DONE      | DONE      | DONE      | REFUSED   | DONE      | REFUSED   | DONE         | REFUSED   | LOGIN | — |
            | ACTION verifyPage.verifyBundle with no file                                    | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | DONE | POST /verify with a file that is no bundle [public] |
            | ACTION verifyPage.verifyFile with no file                                      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | DONE | POST /verify/file?proof=token with an item's token and content [public] |
            """;

    static final String TOKEN_RULES = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            # A token opens the API and nothing else: never a page, never administration; pages need the form login (the
            # anonymous visitor tries an unknown token).
            | GET /home.xhtml with the capacity's API token and no session                   | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN        | LOGIN     | LOGIN | — |
            | GET /admin/users.xhtml with the capacity's API token and no session            | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN        | LOGIN     | LOGIN | — |
            # A page session never opens the API: another site cannot make a browser call it with its user's session (no CSRF).
            | —                                                                              | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN        | LOGIN     | LOGIN | GET /me with the capacity's page session and no token [token] |
            | —                                                                              | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN        | LOGIN     | LOGIN | PUT /cases/{trade-secret case}/submissions/{key} with metadata, with the capacity's page session and no token [submit] |
            # A revoked, expired or unknown token opens nothing; a token without an operation's scope is refused it, whatever
            # the object (the anonymous visitor has no token at all).
            | —                                                                              | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN        | LOGIN     | LOGIN | GET /me with the capacity's token revoked [token] |
            | —                                                                              | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN        | LOGIN     | LOGIN | GET /me with the capacity's token expired [token] |
            | —                                                                              | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN     | LOGIN        | LOGIN     | LOGIN | GET /me with an unknown token [token] |
            | —                                                                              | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED    | DENIED       | DENIED    | LOGIN | GET /cases/{trade-secret case} with a token of the submit scope only [read] |
            """;

    static final String LOGOUT = """
            | entry point and object                                                         | counsel   | counsel2  | defence   | clerk     | judge     | judge2    | investigator | admin     | anonymous | API call |
            | ACTION logoutAction.logout                                                     | DONE      | DONE      | DONE      | DONE      | DONE      | DONE      | DONE         | DONE      | LOGIN | — |
            """;

    private static final List<String> TABLES = List.of(PUBLIC_AND_OWN_PAGES, CASES, EVIDENCE, REQUESTS_AND_RULINGS, BUNDLES,
            CASE_ACTIONS, EVIDENCE_ACTIONS, DISCLOSURE_ACTIONS, LEDGER_ACTIONS, ADMINISTRATION_ACTIONS, OWN_ACTIONS, TOKEN_RULES, LOGOUT);

    /** Served by Payara Micro itself (MicroProfile Health), not declared by the application. */
    private static final Set<String> CONTAINER_ENTRY_POINTS = Set.of("/health", "/openapi");
    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();
    /** Every cell's answer, mismatched or not, for a reviewer to read after a run. */
    private static final Path ANSWERS = TARGET.resolve("access-matrix.txt");

    private static Answers answers;
    private static ApiAnswers apiAnswers;
    private static Map<String, Probe> probes;

    @BeforeAll
    static void logInOnceAndCreateTheObjects() throws Exception {
        Files.deleteIfExists(ANSWERS);
        Matrix matrix = Matrix.start();
        Attempts attempts = new Attempts(matrix);
        answers = new Answers(matrix, AccessTable.parse(EVIDENCE));
        apiAnswers = new ApiAnswers(matrix, answers, AccessTable.parse(REQUESTS_AND_RULINGS));
        probes = new LinkedHashMap<>();
        new ServletProbes(matrix, answers).register(probes);
        new CaseProbes(matrix, attempts).register(probes);
        new EvidenceProbes(matrix, attempts, answers).register(probes);
        new DisclosureProbes(matrix, attempts, answers).register(probes);
        new LedgerProbes(matrix, attempts, answers).register(probes);
        new AdministrationProbes(matrix, attempts).register(probes);
        new OwnSessionProbes(matrix, attempts).register(probes);
        new ApiProbes(matrix, apiAnswers).register(probes);
        new TokenRuleProbes(matrix, apiAnswers).register(probes);
    }

    @Test
    @Order(1)
    void everyEntryPointHasARowAndEveryRowAnEntryPoint() {
        List<Row> rows = TABLES.stream().flatMap(table -> AccessTable.parse(table).rows().stream()).toList();
        Path webapp = Path.of("webapp");
        Set<String> servlets = new TreeSet<>(EntryPoints.servletPatterns(TARGET.resolve("classes")));
        servlets.addAll(EntryPoints.webXmlPatterns(webapp.resolve("WEB-INF/web.xml")));
        Set<String> pages = EntryPoints.pages(webapp);
        Map<String, Set<String>> actions = EntryPoints.actions(webapp);
        assertThat(servlets).as("servlet patterns found").contains("/tsa", "/evidence/bundle/*", "*.xhtml");
        assertThat(pages).as("pages found").contains("/cases/view.xhtml", "/admin/users.xhtml");
        assertThat(actions).as("actions found").containsKeys("casePage.checkpoint", "uploadPage.handleUpload", "logoutAction.logout");

        List<Row> pageRows = rows.stream().filter(Row::hasPage).toList();
        Set<String> paths = pageRows.stream().filter(row -> !row.method().equals("ACTION")).map(Row::path)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actionRows = pageRows.stream().filter(row -> row.method().equals("ACTION")).map(Row::action)
                .collect(Collectors.toCollection(TreeSet::new));
        Mismatches missing = new Mismatches();
        servlets.stream().filter(pattern -> paths.stream().noneMatch(path -> EntryPoints.maps(pattern, path)))
                .forEach(pattern -> missing.add("servlet pattern " + pattern + " has no row"));
        pages.stream().filter(page -> !paths.contains(page)).forEach(page -> missing.add("page " + page + " has no row"));
        actions.keySet().stream().filter(action -> !actionRows.contains(action))
                .forEach(action -> missing.add("action " + action + " (in " + actions.get(action) + ") has no row"));
        paths.stream().filter(path -> !pages.contains(path) && !CONTAINER_ENTRY_POINTS.contains(path) && servlets.stream()
                        .filter(pattern -> !pattern.equals("*.xhtml")).noneMatch(pattern -> EntryPoints.maps(pattern, path)))
                .forEach(path -> missing.add("row for " + path + ", which is no longer an entry point"));
        actionRows.stream().filter(action -> !actions.containsKey(action))
                .forEach(action -> missing.add("row for action " + action + ", which no view invokes any more"));
        pageRows.stream().filter(row -> !row.method().equals("GET") && !probes.containsKey(row.entry()))
                .forEach(row -> missing.add("row without a probe: " + row.entry()));
        apiOperationsHaveRows(rows, missing);
        Set<String> entries = pageRows.stream().map(Row::entry).collect(Collectors.toSet());
        rows.stream().filter(Row::hasApi).forEach(row -> entries.add(apiProbeKey(row)));
        probes.keySet().stream().filter(entry -> !entries.contains(entry)).forEach(entry -> missing.add("probe without a row: " + entry));
        missing.assertNone("the inventory of entry points");
    }

    /**
     * Every API operation the code serves has a row, each row's API call names an operation it serves, with the scope
     * the operation declares; every API call but a plain GET has a probe.
     */
    private static void apiOperationsHaveRows(List<Row> rows, Mismatches missing) {
        Map<String, String> operations = EntryPoints.apiOperations(TARGET.resolve("classes"));
        assertThat(operations).as("API operations found").containsKey("GET /me");
        List<ApiCall> calls = rows.stream().filter(Row::hasApi).map(Row::api).toList();
        operations.forEach((operation, scope) -> {
            List<ApiCall> served = calls.stream().filter(call -> serves(operation, call)).toList();
            if (served.isEmpty()) {
                missing.add("API operation " + operation + " has no row");
            }
            served.stream().filter(call -> !call.scope().equals(scope)).forEach(call -> missing.add("API operation " + operation
                    + " declares the scope " + scope + ", its row says " + call.scope() + ": " + call));
        });
        calls.stream().filter(call -> operations.keySet().stream().noneMatch(operation -> serves(operation, call)))
                .forEach(call -> missing.add("row for the API call " + call + ", which no resource serves"));
        rows.stream().filter(row -> row.hasApi() && !row.api().method().equals("GET") && !probes.containsKey(apiProbeKey(row)))
                .forEach(row -> missing.add("API call without a probe: " + row.api()));
    }

    private static boolean serves(String operation, ApiCall call) {
        String[] verbAndPath = operation.split(" ", 2);
        return verbAndPath[0].equals(call.method()) && EntryPoints.mapsApi(verbAndPath[1], call.path());
    }

    private static String apiProbeKey(Row row) {
        return "API " + row.api().call();
    }

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
        check("own account and session actions", OWN_ACTIONS);
    }

    @Test
    @Order(13)
    void tokenRules() {
        check("the rules of API tokens", TOKEN_RULES);
    }

    /** Last: it ends every session the others use. */
    @Test
    @Order(14)
    void logout() {
        check("logout", LOGOUT);
    }

    /**
     * Tries every cell of the table, on the page and over the API, records each answer, then fails with every
     * mismatch at once.
     */
    private static void check(String section, String table) {
        Mismatches mismatches = new Mismatches();
        List<String> answered = new ArrayList<>();
        for (Row row : AccessTable.parse(table).rows()) {
            if (row.hasPage()) {
                Probe probe = probes.containsKey(row.entry()) ? probes.get(row.entry())
                        : row.method().equals("GET") ? who -> answers.get(row, who) : null;
                tryRow(row, row.entry(), probe, row::expected, mismatches, answered);
            }
            if (row.hasApi()) {
                Probe probe = probes.containsKey(apiProbeKey(row)) ? probes.get(apiProbeKey(row))
                        : row.api().method().equals("GET") ? who -> apiAnswers.get(row, who) : null;
                tryRow(row, "API " + row.api(), probe, who -> ApiOutcomes.expected(row, who), mismatches, answered);
            }
        }
        record(section, answered);
        mismatches.assertNone(section);
    }

    /** One row's page or API call, tried by every capacity. */
    private static void tryRow(Row row, String entry, Probe probe, Function<Capacity, Outcome> expected, Mismatches mismatches,
                               List<String> answered) {
        if (probe == null) {
            throw new IllegalStateException("No probe for the row " + entry);
        }
        for (Capacity who : inTryingOrder(expected)) {
            Observed observed;
            try {
                observed = probe.observe(who);
            } catch (Exception | AssertionError e) {
                observed = Observed.unexpected("an exception: " + e);
            }
            mismatches.check(entry, who, expected.apply(who), observed);
            answered.add(entry + " | " + who.column() + " | expected " + expected.apply(who) + " | " + observed.description());
        }
    }

    /** Those expected to take the action effectively come last, so that the refusals are tried on the object as made. */
    private static List<Capacity> inTryingOrder(Function<Capacity, Outcome> expected) {
        return Arrays.stream(Capacity.values())
                .sorted(Comparator.comparing(capacity -> expected.apply(capacity) == Outcome.DONE))
                .toList();
    }

    private static void record(String section, List<String> answered) {
        try {
            Files.writeString(ANSWERS, "## " + section + "\n" + String.join("\n", answered) + "\n\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
