package org.evidencedesk.dispute;

import org.evidencedesk.shared.BusinessException;

/** The case does not exist, or the user may not know that it does: the page answers 404 either way. */
public class CaseNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CaseNotFoundException() {
        super("case.notFound");
    }
}
