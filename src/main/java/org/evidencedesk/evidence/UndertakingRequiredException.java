package org.evidencedesk.evidence;

import org.evidencedesk.shared.BusinessException;

/** The item is protected by an order whose confidentiality undertaking the user has not yet accepted. */
public class UndertakingRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String exhibitNumber;
    private final String caseNumber;

    public UndertakingRequiredException(String exhibitNumber, String caseNumber) {
        super("evidence.undertakingRequired");
        this.exhibitNumber = exhibitNumber;
        this.caseNumber = caseNumber;
    }

    public String exhibitNumber() {
        return exhibitNumber;
    }

    public String caseNumber() {
        return caseNumber;
    }
}
