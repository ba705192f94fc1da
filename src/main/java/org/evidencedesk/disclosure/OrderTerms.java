package org.evidencedesk.disclosure;

import java.time.LocalDate;
import java.util.Set;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.ruling.Reasons;

/**
 * What a judge's order to produce says: by when, which items, who bears the cost (the applicant, unless
 * the court decides otherwise: CPLI art. 112), and the protective measures for what is produced.
 */
public record OrderTerms(LocalDate dueOn, String itemsOrdered, Side costBearer, boolean undertakingRequired,
                         boolean viewOnly, Set<String> namedPersons, String reasons) {

    public OrderTerms {
        namedPersons = namedPersons == null ? Set.of() : Set.copyOf(namedPersons);
    }

    void check(LocalDate today) {
        if (dueOn == null || !dueOn.isAfter(today)) {
            throw new BusinessException("disclosure.dueOnInFuture");
        }
        if (itemsOrdered == null || itemsOrdered.isBlank() || itemsOrdered.strip().length() > Application.LIMIT) {
            throw new BusinessException("disclosure.itemsOrderedRequired", Application.LIMIT);
        }
        if (costBearer != Side.CLAIMANT && costBearer != Side.RESPONDENT) {
            throw new BusinessException("disclosure.costBearerRequired");
        }
        Reasons.check(reasons);
    }

    public boolean isProtected() {
        return undertakingRequired || viewOnly || !namedPersons.isEmpty();
    }
}
