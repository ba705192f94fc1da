package org.evidencedesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.evidencedesk.shared.config.SupportedLocales;

/**
 * Sets an evidence list on landscape A4 pages, labelled in English and Chinese at once (a bundle goes
 * to readers of either): the case and the export above a table of the items whose header row repeats
 * on every page; hashes wrap inside their columns. Thread-safe.
 */
public final class EvidenceListPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final float LABEL_WIDTH = 150;
    private static final float TABLE_TEXT_SIZE = 7f;

    private final DocumentFont font;

    public EvidenceListPdf(DocumentFont font) {
        this.font = Objects.requireNonNull(font, "font");
    }

    /** Writes the list as a PDF to {@code out}, which is left open. */
    public void render(EvidenceListDocument list, OutputStream out) throws IOException {
        Labels labels = new Labels();
        try (PDDocument document = new PDDocument(); EmbeddedFont embedded = font.embedIn(document)) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(labels.inline("documents.evidenceList") + " " + list.caseNumber());
            information.setCreator("Evidence Desk");
            try (PageFlow flow = new PageFlow(document, embedded, new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()))) {
                flow.text(labels.inline("documents.evidenceList"), TextStyle.TITLE);
                flow.gap(4);
                flow.field(labels.inline("documents.court"), list.court(), LABEL_WIDTH, TextStyle.BODY);
                flow.field(labels.inline("documents.caseNumber"), list.caseNumber(), LABEL_WIDTH, TextStyle.BODY);
                flow.field(labels.inline("documents.claimants"), String.join("; ", list.claimants()), LABEL_WIDTH, TextStyle.BODY);
                flow.field(labels.inline("documents.respondents"), String.join("; ", list.respondents()), LABEL_WIDTH, TextStyle.BODY);
                flow.field(labels.inline("documents.exportedBy"), list.exportedBy(), LABEL_WIDTH, TextStyle.BODY);
                flow.field(labels.inline("documents.exportedAt"), time(list.exportedAt()), LABEL_WIDTH, TextStyle.BODY);
                flow.field(labels.inline("documents.itemCount"), String.valueOf(list.rows().size()), LABEL_WIDTH, TextStyle.BODY);
                flow.gap(6);
                Table table = new Table(flow, List.of(
                        new Table.Column(labels.stacked("documents.exhibit"), 0.65f),
                        new Table.Column(labels.stacked("documents.itemTitle"), 1.45f),
                        new Table.Column(labels.stacked("documents.factToProve"), 1.65f),
                        new Table.Column(labels.stacked("documents.source"), 1.3f),
                        new Table.Column(labels.stacked("documents.sha256"), 2.05f),
                        new Table.Column(labels.stacked("documents.sm3"), 2.05f),
                        new Table.Column(labels.stacked("documents.receivedAt"), 1.05f)), TABLE_TEXT_SIZE);
                for (EvidenceListDocument.Row row : list.rows()) {
                    table.row(List.of(row.exhibit(), row.title(), row.factToProve(), row.source(), row.sha256(), row.sm3(),
                            time(row.receivedAt())));
                }
                flow.finish(list.caseNumber() + "  " + labels.inline("documents.evidenceList"));
            }
            document.save(out);
        }
    }

    /**
     * The list as a bundle carries it: signed as PAdES by {@code signer}, its reason naming the list and the case in
     * both languages, its location the court, so that the list is checked apart from the bundle it came in.
     *
     * @throws org.evidencedesk.signing.TimestampException if the signer time-stamps and the authority did not answer
     */
    public byte[] renderSigned(EvidenceListDocument list, PdfSigner signer) throws IOException {
        return sign(render(list), list, signer);
    }

    /** The list as an unsigned PDF, for {@link #sign} later: drawing 10,000 rows takes a second, signing a fraction. */
    public byte[] render(EvidenceListDocument list) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        render(list, pdf);
        return pdf.toByteArray();
    }

    /** Signs {@code pdf}, which {@link #render} drew of {@code list}, as {@link #renderSigned} does. */
    public byte[] sign(byte[] pdf, EvidenceListDocument list, PdfSigner signer) {
        Labels labels = new Labels();
        return signer.sign(pdf, new PdfSignatureDetails(labels.inline("documents.evidenceList") + " " + list.caseNumber(), list.court()));
    }

    private static String time(ZonedDateTime time) {
        return TIME.format(time);
    }

    /** Each label in both languages, English first; once where both are the same ("SHA-256"). */
    private static final class Labels {

        private final DocumentTexts english = DocumentTexts.in(SupportedLocales.ENGLISH);
        private final DocumentTexts chinese = DocumentTexts.in(SupportedLocales.SIMPLIFIED_CHINESE);

        String inline(String key) {
            return both(key, " ");
        }

        String stacked(String key) {
            return both(key, "\n");
        }

        private String both(String key, String separator) {
            String first = english.text(key);
            String second = chinese.text(key);
            return first.equals(second) ? first : first + separator + second;
        }
    }
}
