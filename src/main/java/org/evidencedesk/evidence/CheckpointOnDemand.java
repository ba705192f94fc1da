package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.evidencedesk.custody.CustodyCheckpoints;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;

/**
 * A checkpoint of a case's custody chain taken on demand by those who keep the case's record: the case is read
 * for the acting user and their capacity checked here, on the case the checkpoint is written into, whatever the
 * page that asked believed when it loaded.
 */
@ApplicationScoped
public class CheckpointOnDemand {

    private static final Logger LOG = Logger.getLogger(CheckpointOnDemand.class.getName());

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private CustodyCheckpoints checkpoints;

    /**
     * @throws org.evidencedesk.dispute.CaseNotFoundException if the user may not see the case
     * @throws BusinessException if they may see it but do not keep its record
     */
    @Transactional
    public void checkpoint(long caseId, String username) {
        CaseView view = workflow.view(caseId, username);
        if (!view.actor().keepsTheRecord()) {
            LOG.warning(() -> "User " + username + " asked to checkpoint the custody chain of case " + caseId + ": refused");
            throw new BusinessException("case.notAllowed", new Translatable("custody.checkpoint"));
        }
        checkpoints.checkpoint(caseId, username);
    }
}
