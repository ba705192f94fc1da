package org.evidencedesk.bundle.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Logger;

/**
 * Sends a prepared bundle to whoever asked for it, the export page's download or the API's, and records it in the
 * custody log once its last byte has gone out: a download that broke off is logged and recorded nowhere, as nothing
 * left. Stored evidence found changed stops the stream ({@link org.evidencedesk.bundle.BundleWriter.ChangedEvidenceException},
 * already flagged and logged by {@link BundleExports#write}).
 */
@ApplicationScoped
public class BundleDelivery {

    private static final Logger LOG = Logger.getLogger(BundleDelivery.class.getName());

    @Inject
    private BundleExports exports;

    public void deliver(BundleExports.PreparedExport export, String username, OutputStream out) {
        BundleExports.Written written;
        try {
            written = exports.write(export, out);
            out.flush();
        } catch (IOException e) {
            LOG.info(() -> "Bundle download of case " + export.caseId() + " by " + username + " broke off: " + e.getMessage());
            return;
        }
        exports.record(export, username, written);
    }
}
