package org.evidencedesk.evidence;

import org.evidencedesk.shared.BusinessException;

/** The item is protected by an order whose confidentiality undertaking the user has not yet accepted. */
public class UndertakingRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UndertakingRequiredException() {
        super("evidence.undertakingRequired");
    }
}
