package org.evidencedesk.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.Timestamper;
import org.evidencedesk.signing.ValidationDataSource;

/**
 * Makes the document renderers injectable: set in the configured font, rulings and evidence lists signed with
 * the installation's signing key, stamped by the time-stamper evidence is stamped with, and carried to
 * PAdES-BASELINE-LTA with the validation data of the installation's authorities.
 */
@ApplicationScoped
public class DocumentsConfiguration {

    private static final Logger LOG = Logger.getLogger(DocumentsConfiguration.class.getName());

    @Produces
    @Singleton
    DocumentFont font(Settings settings) {
        return DocumentFont.at(settings.pdfFont());
    }

    /**
     * PAdES-BASELINE-LTA when the installation's authorities give validation data; without a
     * {@link ValidationDataSource} (an installation whose PKI publishes no revocation data) PAdES-BASELINE-T,
     * said once in the log, since a PDF that validators cannot take to the long-term level is still better
     * signed than refused.
     */
    @Produces
    @Singleton
    PdfSigner pdfSigner(SigningKeys keys, Clock clock, Timestamper timestamper, Settings settings,
                        Instance<ValidationDataSource> validationData) {
        PdfSigner timestamped = new PadesSigner(keys.signing(), clock, Optional.of(timestamper));
        if (!validationData.isResolvable()) {
            LOG.warning("No validation data source: PDFs are signed at PAdES-BASELINE-T, without the document security "
                    + "store and document time-stamp of PAdES-BASELINE-LTA");
            return timestamped;
        }
        return new LongTermPadesSigner(timestamped,
                new PadesArchiveTimestamps(timestamper, validationData.get(), settings.sha256EndOfLife()));
    }

    @Produces
    @Singleton
    RulingPdf rulingPdf(DocumentFont font) {
        return new RulingPdf(font);
    }

    @Produces
    @Singleton
    EvidenceListPdf evidenceListPdf(DocumentFont font) {
        return new EvidenceListPdf(font);
    }
}
