package org.evidencedesk.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.Timestamper;

/**
 * Makes the document renderers injectable: set in the configured font, rulings signed with the
 * installation's signing key and stamped by the time-stamper evidence is stamped with.
 */
@ApplicationScoped
public class DocumentsConfiguration {

    @Produces
    @Singleton
    DocumentFont font(Settings settings) {
        return DocumentFont.at(settings.pdfFont());
    }

    @Produces
    @Singleton
    PdfSigner pdfSigner(SigningKeys keys, Clock clock, Timestamper timestamper) {
        return new PadesSigner(keys.signing(), clock, Optional.of(timestamper));
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
