package org.evidencedesk.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.signing.ArchiveTimestamps;
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

    @Produces
    @Singleton
    DocumentFont font(Settings settings) {
        return DocumentFont.at(settings.pdfFont());
    }

    /** Rulings and evidence lists at PAdES-BASELINE-LTA: signature, signature time-stamp, validation data, document time-stamp. */
    @Produces
    @Singleton
    PdfSigner pdfSigner(SigningKeys keys, Clock clock, Timestamper timestamper, PadesArchiveTimestamps archiveTimestamps) {
        return new LongTermPadesSigner(new PadesSigner(keys.signing(), clock, Optional.of(timestamper)), archiveTimestamps);
    }

    /**
     * Document time-stamps for signed PDFs, now and at each renewal, with the installation's validation data. Typed as
     * itself, for the PDF signer, and as an {@link ArchiveTimestamps}, for the renewal job, which looks them all up
     * ({@code @Any Instance}) and takes the one that accepts a signature: this one refuses anything but a signed PDF.
     * The CAdES one is an {@code ArchiveTimestamps} too, so nothing may inject a bare {@code ArchiveTimestamps}.
     */
    @Produces
    @Singleton
    @Typed({PadesArchiveTimestamps.class, ArchiveTimestamps.class})
    PadesArchiveTimestamps pdfArchiveTimestamps(Timestamper timestamper, ValidationDataSource validationData, Settings settings) {
        return new PadesArchiveTimestamps(timestamper, validationData, settings.sha256EndOfLife());
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
