package org.evidencedesk.api.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.evidencedesk.disclosure.DisclosureWorkflow;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.web.RequestLanguage;

/**
 * Reads requests for the API in one transaction each, so that their JSON is built while the request's lazy parts can
 * still load; after a change, the resource reads the request afresh here, and answers the version the change made.
 */
@ApplicationScoped
@Transactional
public class DisclosureReading {

    @Inject
    private DisclosureWorkflow disclosures;

    @Inject
    private CaseWorkflow workflow;

    /** What the case page's disclosure tab lists for the user; not found unless they may see the case. */
    public List<RequestSummaryJson> ofCase(long caseId, String username) {
        return disclosures.ofCase(workflow.view(caseId, username)).stream().map(RequestSummaryJson::of).toList();
    }

    /** The request as its page shows it to the user; not found unless they may see it. */
    public RequestJson read(long requestId, String username, Locale language) {
        return RequestJson.of(disclosures.read(requestId, username), RequestLanguage.messages(language));
    }
}
