package org.evidencedesk.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers the current request with 404 and the not-found page. Used for a record that does not exist and
 * for one the user may not see alike, so that an id in a URL reveals nothing.
 */
public final class NotFound {

    private NotFound() {
    }

    /** Sends the 404; returns null so that a view action can end with {@code return NotFound.send();}. */
    public static String send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }
}
