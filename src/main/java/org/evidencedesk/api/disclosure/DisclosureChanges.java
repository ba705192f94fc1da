package org.evidencedesk.api.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import org.evidencedesk.api.Versions;
import org.evidencedesk.disclosure.DisclosureRequest;
import org.evidencedesk.disclosure.DisclosureWorkflow;

/**
 * The changes the API makes to disclosure requests, each in one transaction through the workflow the pages use, so
 * that a refusal, or a stale {@code If-Match}, leaves nothing behind.
 */
@ApplicationScoped
@Transactional
public class DisclosureChanges {

    @Inject
    private DisclosureWorkflow disclosures;

    /**
     * Drafts the application and, unless only a draft is asked for, files it. Unlike the page, which keeps the draft
     * when filing is refused, a program's call either files or changes nothing. The filing window is the request's
     * own check, not repeated here ({@code DisclosureRequest.checkFilingWindow}; CPLI art. 112, "可以在举证期限届满前书面申请
     * 人民法院责令对方当事人提交", 最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md; the order itself IPE art. 24,
     * 最高人民法院关于知识产权民事诉讼证据的若干规定(2020-11-16).md). Answers the request's id.
     */
    public long apply(long caseId, String username, ApplicationBody body) {
        DisclosureRequest request = disclosures.draft(caseId, username, body.ruleKey(), body.application(), body.factId(),
                body.preliminary());
        if (!body.draft()) {
            disclosures.file(request.getId(), request.getVersion(), username);
        }
        return request.getId();
    }

    /**
     * The ordered side's opinion (CE art. 46 para. 1: "应当听取对方当事人的意见", 最高人民法院关于民事诉讼证据的若干规定(2019-12-25).md),
     * refused (412) when {@code If-Match} names another version than the one this transaction changes.
     */
    public void recordOpinion(long requestId, HttpHeaders headers, String username, OpinionBody body) {
        long version = disclosures.open(requestId, username).request().getVersion();
        Versions.checkIfMatch(headers, version);
        disclosures.recordOpinion(requestId, version, username, body.opinion(), body.saysTradeSecrets());
    }
}
