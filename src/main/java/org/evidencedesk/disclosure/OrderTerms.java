package org.evidencedesk.disclosure;

import java.time.LocalDate;
import java.util.Set;
import org.evidencedesk.ruling.Reasons;
import org.evidencedesk.shared.BusinessException;

/**
 * What a judge's order to produce says: by when, which items, and the protective measures for what is
 * produced. It offers no choice of who bears the cost: the applicant does, by law (CPLI art. 112 para. 2:
 * "申请理由成立的，人民法院应当责令对方当事人提交，因提交书证所产生的费用，由申请人负担"), and the request records that when the order is made.
 * Where the material is said to contain trade secrets, the judge either takes a measure or records the
 * finding, with reasons, that no trade secret is involved (IPE art. 26 para. 1; see
 * {@link DisclosureRequest#saidToContainTradeSecrets()}).
 */
public record OrderTerms(LocalDate dueOn, String itemsOrdered, boolean undertakingRequired, boolean viewOnly,
                         Set<String> namedPersons, String reasons, String noTradeSecretFinding) {

    public OrderTerms {
        namedPersons = namedPersons == null ? Set.of() : Set.copyOf(namedPersons);
    }

    /** Terms without a finding on trade secrets: the material is not said to contain any, or a measure is taken. */
    public OrderTerms(LocalDate dueOn, String itemsOrdered, boolean undertakingRequired, boolean viewOnly,
                      Set<String> namedPersons, String reasons) {
        this(dueOn, itemsOrdered, undertakingRequired, viewOnly, namedPersons, reasons, null);
    }

    void check(LocalDate today) {
        if (dueOn == null || !dueOn.isAfter(today)) {
            throw new BusinessException("disclosure.dueOnInFuture");
        }
        if (itemsOrdered == null || itemsOrdered.isBlank() || itemsOrdered.strip().length() > DisclosureApplication.LIMIT) {
            throw new BusinessException("disclosure.itemsOrderedRequired", DisclosureApplication.LIMIT);
        }
        Reasons.check(reasons);
        if (findsNoTradeSecret()) {
            Reasons.check(noTradeSecretFinding);
        }
    }

    public boolean isProtected() {
        return undertakingRequired || viewOnly || !namedPersons.isEmpty();
    }

    /** Whether the judge recorded a finding that the material holds no trade secret. */
    public boolean findsNoTradeSecret() {
        return noTradeSecretFinding != null && !noTradeSecretFinding.isBlank();
    }
}
