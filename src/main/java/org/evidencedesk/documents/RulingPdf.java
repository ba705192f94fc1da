package org.evidencedesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Sets a court document on A4 pages: the court and the document's title centred, the case number, the parties,
 * the addressee, the legal basis, the reasons, the operative part under its heading, then the judge and the
 * date on the right. Labels come in the document's language. Thread-safe.
 */
public final class RulingPdf {

    private static final float LABEL_WIDTH = 96;

    private final DocumentFont font;

    public RulingPdf(DocumentFont font) {
        this.font = Objects.requireNonNull(font, "font");
    }

    /** The ruling as an unsigned PDF. */
    public byte[] render(RulingDocument ruling) {
        return render(ruling, false);
    }

    /**
     * The ruling as issued: a PDF saying it is signed, signed as PAdES. Its reason names the ruling and the case,
     * its location the court.
     *
     * @throws org.evidencedesk.signing.TimestampException if the time-stamping authority did not answer
     */
    public byte[] renderSigned(RulingDocument ruling, PdfSigner signer) {
        String reason = DocumentTexts.in(ruling.locale()).text("documents.signatureReason", ruling.title(), ruling.caseNumber());
        return signer.sign(render(ruling, true), new PdfSignatureDetails(reason, ruling.court()));
    }

    /** @param toBeSigned adds the note that the document is signed, for the copy {@link #renderSigned} signs */
    byte[] render(RulingDocument ruling, boolean toBeSigned) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            render(ruling, toBeSigned, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the ruling in case " + ruling.caseNumber(), e);
        }
        return pdf.toByteArray();
    }

    private void render(RulingDocument ruling, boolean toBeSigned, OutputStream out) throws IOException {
        DocumentTexts texts = DocumentTexts.in(ruling.locale());
        // Chinese paragraphs open with two ideographic spaces, as Chinese court documents are set.
        String indent = isChinese(ruling) ? "\u3000\u3000" : "";
        try (PDDocument document = new PDDocument(); EmbeddedFont embedded = font.embedIn(document)) {
            describe(document, ruling);
            try (PageFlow flow = new PageFlow(document, embedded, PDRectangle.A4)) {
                flow.text(ruling.court(), TextStyle.TITLE);
                flow.text(ruling.title(), TextStyle.SUBTITLE);
                flow.text(ruling.caseNumber(), TextStyle.BODY.aligned(TextStyle.Alignment.CENTER));
                flow.gap(6);
                flow.field(texts.text("documents.claimants"), names(ruling.claimants(), ruling), LABEL_WIDTH, TextStyle.BODY);
                flow.field(texts.text("documents.respondents"), names(ruling.respondents(), ruling), LABEL_WIDTH, TextStyle.BODY);
                if (!ruling.addressee().isBlank()) {
                    flow.text(ruling.addressee(), TextStyle.BODY);
                }
                if (!ruling.legalBasis().isBlank()) {
                    flow.field(texts.text("documents.legalBasis"), ruling.legalBasis(), LABEL_WIDTH, TextStyle.BODY);
                }
                flow.gap(6);
                for (String paragraph : ruling.paragraphs()) {
                    flow.text(indent + paragraph, TextStyle.BODY);
                }
                flow.gap(4);
                flow.text(ruling.operativeHeading(), TextStyle.HEADING);
                flow.text(indent + ruling.decision(), TextStyle.BODY);
                flow.gap(18);
                TextStyle signature = TextStyle.BODY.aligned(TextStyle.Alignment.RIGHT);
                flow.text(texts.text("documents.judge") + "  " + ruling.judge(), signature);
                flow.text(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ruling.locale()).format(ruling.date()), signature);
                if (toBeSigned) {
                    flow.gap(12);
                    flow.text(texts.text("documents.signedNote"), new TextStyle(8.5f, false, TextStyle.Alignment.LEFT, 0));
                }
                flow.finish(ruling.caseNumber() + "  " + ruling.title());
            }
            document.save(out);
        }
    }

    private static String names(List<String> names, RulingDocument ruling) {
        return String.join(isChinese(ruling) ? "、" : "; ", names);
    }

    private static boolean isChinese(RulingDocument ruling) {
        return ruling.locale().getLanguage().equals("zh");
    }

    private static void describe(PDDocument document, RulingDocument ruling) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(ruling.title() + " " + ruling.caseNumber());
        information.setAuthor(ruling.court());
        information.setCreator("Evidence Desk");
        document.getDocumentCatalog().setLanguage(ruling.locale().toLanguageTag());
    }
}
