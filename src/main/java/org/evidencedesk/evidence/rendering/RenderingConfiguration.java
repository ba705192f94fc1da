package org.evidencedesk.evidence.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.evidencedesk.evidence.ViewOnlyRendering;
import org.evidencedesk.shared.config.Settings;

/** View-only rendering of this installation, its watermark set in the font the court's documents use. */
@ApplicationScoped
public class RenderingConfiguration {

    @Produces
    @Singleton
    ViewOnlyRendering viewOnlyRendering(Settings settings) {
        return new PdfBoxViewOnlyRendering(settings.pdfFont());
    }
}
