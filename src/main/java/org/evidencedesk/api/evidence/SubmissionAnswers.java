package org.evidencedesk.api.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.evidence.KeyedSubmissions;

/**
 * What a submission under a key answers, read afresh in one transaction (the row, its item, and the caller's view of
 * the case): the same answer for the first call and for every retry.
 */
@RequestScoped
class SubmissionAnswers {

    @Inject
    private KeyedSubmissions submissions;

    @Inject
    private CaseWorkflow workflow;

    @Transactional
    public Optional<SubmissionJson> of(long caseId, String username, String key) {
        return submissions.find(caseId, username, key).map(submission -> SubmissionJson.of(submission,
                submissions.itemOf(submission).orElse(null), workflow.view(caseId, username).actor()));
    }
}
