package org.evidencedesk.evidence.web;

import jakarta.servlet.ServletContext;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the servlet container spools uploaded parts for the Faces servlet: web.xml gives it no multipart
 * location, so it is the context's temporary directory (see {@link ContainerUpload}). A part cut off mid-upload,
 * or one whose request died with the server, stays there; the clean-up of upload debris sweeps it.
 */
public final class UploadSpool {

    private UploadSpool() {
    }

    /** The spool directory of the application whose start-up event carries {@code context}, if it is a web one. */
    public static Optional<Path> of(Object context) {
        if (context instanceof ServletContext servletContext
                && servletContext.getAttribute(ServletContext.TEMPDIR) instanceof File directory) {
            return Optional.of(directory.toPath());
        }
        return Optional.empty();
    }
}
