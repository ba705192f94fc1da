package org.evidencedesk.evidence;

import org.evidencedesk.shared.BusinessException;

/**
 * The content has no bytes. A browser sends an empty body when the chosen file vanished or could not be read,
 * so an empty upload is a mistake to report, not evidence to keep.
 */
public class EmptyUploadException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EmptyUploadException() {
        super("evidence.upload.empty");
    }
}
