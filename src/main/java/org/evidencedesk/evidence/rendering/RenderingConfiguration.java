package org.evidencedesk.evidence.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.io.ScratchFile;
import org.evidencedesk.evidence.ViewOnlyRendering;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.config.TemporaryDirectory;

/** View-only rendering of this installation, its watermark set in the font the court's documents use. */
@ApplicationScoped
public class RenderingConfiguration {

    @Produces
    @Singleton
    ViewOnlyRendering viewOnlyRendering(Settings settings, TemporaryDirectory temporary) {
        return new PdfBoxViewOnlyRendering(settings.pdfFont(), scratchFilesIn(temporary));
    }

    /**
     * PDFBox's scratch files, for the streams it makes while it draws a page, in the installation's own temporary
     * directory, which every start clears (see {@link TemporaryDirectory}); not in the machine's, where a server killed
     * mid-drawing left them for good.
     */
    static StreamCacheCreateFunction scratchFilesIn(TemporaryDirectory temporary) {
        return () -> new ScratchFile(MemoryUsageSetting.setupTempFileOnly().setTempDir(temporary.directory().toFile()));
    }
}
