package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cap on reading a bundle's PDF holds only where the verifier reads one: PDFBox's filters, wrapped for it, decode
 * as before for everyone else (rulings, renewals, view-only pages), images and streams far past the cap included.
 */
class PdfReadingTest {

    private static final int PAST_THE_CAP = (int) PdfReading.LIMIT * 2;
    private static byte[] pdf;

    @BeforeAll
    static void makeAPdfWithAnImageAndALargeStream() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(document, new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 10, 10);
            }
            COSStream large = document.getDocument().createCOSStream();
            try (OutputStream out = large.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(new byte[PAST_THE_CAP]);
            }
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Large"), large);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
    }

    @Test
    void outsideAReadingPdfBoxDecodesImagesAndStreamsPastTheCapAsBefore() throws IOException {
        int pages = PdfReading.read(pdf, PDDocument::getNumberOfPages);
        assertThat(pages).as("read under the cap: the filters are wrapped by now").isEqualTo(1);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(decodedLength(document)).isEqualTo(PAST_THE_CAP);
            PDImageXObject image = (PDImageXObject) document.getPage(0).getResources()
                    .getXObject(document.getPage(0).getResources().getXObjectNames().iterator().next());
            assertThat(image.getImage().getWidth()).isEqualTo(300);
        }
    }

    @Test
    void underTheCapAStreamPastItIsRefusedAndAnImageIsNotDecoded() throws IOException {
        assertThatThrownBy(() -> PdfReading.read(pdf, PdfReadingTest::decodedLength)).isInstanceOf(PdfReading.Exceeded.class);
        assertThatThrownBy(() -> PdfReading.read(pdf, document -> document.getPage(0).getResources()
                .getXObject(document.getPage(0).getResources().getXObjectNames().iterator().next()).getCOSObject()
                .createInputStream().readAllBytes())).isInstanceOf(IOException.class).isNotInstanceOf(PdfReading.Exceeded.class)
                .hasMessageContaining("images");
    }

    private static int decodedLength(PDDocument document) throws IOException {
        COSStream large = (COSStream) document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("Large"));
        try (InputStream in = large.createInputStream()) {
            return in.readAllBytes().length;
        }
    }
}
