package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.evidencedesk.shared.Phrase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence list's long-term data as the verifier reads it, on PDFs PDFBox raised the way a PAdES signer does;
 * poppler's pdfsig, reading the same file, counts the same signatures and document time-stamps.
 */
class PdfInventoryTest {

    private static final long MIB = 1024 * 1024;
    private static final LongTermPdfs PDFS = new LongTermPdfs();
    private static final LongTermSignatures SIGNATURES = LongTermSignatures.forSharedKeys();
    private static byte[] signed;
    private static byte[] longTerm;

    @TempDir
    Path directory;

    @BeforeAll
    static void makePdfs() {
        signed = PDFS.signed();
        longTerm = PDFS.longTerm(SIGNATURES);
    }

    @Test
    void aSignedPdfHasOneSignatureNoDocumentTimeStampAndNoSecurityStore() {
        assertThat(said(signed).in(Locale.ENGLISH)).isEqualTo("1 signature(s), 0 document time-stamp(s); no /DSS (document security store)");
    }

    @Test
    void aLongTermPdfShowsItsDocumentTimeStampAndWhatItsSecurityStoreHolds() throws Exception {
        String said = said(longTerm).in(Locale.ENGLISH);

        assertThat(said).startsWith("1 signature(s), 1 document time-stamp(s); document time-stamp 1: ")
                .contains(" by CN=Evidence Desk Time-Stamping Authority,O=Evidence Desk")
                .endsWith("; /DSS (document security store) with 3 certificate(s), 1 CRL(s), 0 OCSP response(s)");
        assertThat(said(longTerm).in(Locale.SIMPLIFIED_CHINESE)).contains("1 个签名，1 个文档时间戳", "/DSS（文档安全存储）含 3 个证书");

        String pdfsig = pdfsig(Files.write(directory.resolve("long-term.pdf"), longTerm));
        // This poppler names the document time-stamp's type "unknown", but sees it signed by the authority, over the whole file.
        assertThat(pdfsig).contains("Signature #1:", "Signature Type: ETSI.CAdES.detached", "Signature is Valid.", "Signature #2:",
                "Signer full Distinguished Name: CN=Evidence Desk Time-Stamping Authority,O=Evidence Desk", "Total document signed")
                .doesNotContain("Signature #3:");
    }

    @Test
    void aSecurityStoreThatIsNoDictionaryIsSaidAndTheRestIsReadAsBefore() {
        byte[] stamped = PDFS.documentTimestamp(signed, PDFS::token);
        for (byte[] pdf : new byte[][] {PDFS.withCatalogEntry(stamped, document -> COSInteger.get(5)),
                PDFS.withCatalogEntry(stamped, document -> new COSArray())}) {
            Phrase said = said(pdf);
            assertThat(said.in(Locale.ENGLISH)).startsWith("1 signature(s), 1 document time-stamp(s); document time-stamp 1: ")
                    .endsWith("; /DSS is present but is not a dictionary: no validation data read from it");
        }
    }

    @Test
    void aDocumentTimeStampThatIsNoTokenIsSaidAndStillCounted() {
        byte[] pdf = PDFS.documentTimestamp(signed, digest -> "not a token".getBytes(StandardCharsets.US_ASCII));

        assertThat(said(pdf).in(Locale.ENGLISH)).startsWith("1 signature(s), 1 document time-stamp(s); "
                + "document time-stamp 1 is not an RFC 3161 time-stamp token (").endsWith("no /DSS (document security store)");
    }

    @Test
    void whatIsNoPdfIsSaidAndNothingThrows() {
        for (byte[] broken : new byte[][] {new byte[0], "%PDF-1.7 stand-in".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(longTerm, longTerm.length / 3)}) {
            Phrase said = said(broken);
            assertThat(said.key()).as(said.toString()).isIn(Sentence.PDF_UNREADABLE.key(), Sentence.AND.key());
        }
        assertThat(said(new byte[0]).in(Locale.SIMPLIFIED_CHINESE)).startsWith("无法作为 PDF 读取");
    }

    @Test
    void anEvidenceListOfTenThousandItemsIsReadWithinAnEighthOfTheCap() throws IOException {
        byte[] list = PDFS.longTerm(PDFS.signed(PDFS.evidenceList(10_000)), SIGNATURES);

        Phrase said = PdfReading.read(list, PdfReading.LIMIT / 8, PdfInventory::of);

        assertThat(said.in(Locale.ENGLISH)).startsWith("1 signature(s), 1 document time-stamp(s); document time-stamp 1: ")
                .endsWith("; /DSS (document security store) with 3 certificate(s), 1 CRL(s), 0 OCSP response(s)");
    }

    @Test
    void aCrossReferenceStreamInflatingToAGibibyteIsRefusedAsABombWithoutTakingTheHeap() {
        assertRefusedAsABomb(PdfBombs.crossReferenceStreamInflatingTo(1024), 64 * MIB);
    }

    @Test
    void anObjectStreamInflatingToAGibibyteIsRefusedAsABombWithoutTakingTheHeap() {
        byte[] bomb = PdfBombs.objectStreamInflatingTo(1024);

        assertRefusedAsABomb(bomb, 64 * MIB);
        assertThat(said(bomb).in(Locale.SIMPLIFIED_CHINESE)).contains("作为 PDF 炸弹予以拒绝");
    }

    @Test
    void aFormOfEightMillionEmptyArraysIsRefusedBeforePdfBoxHasMadeThemAll() {
        // 16 MiB in the file; made whole, some 380 MB of arrays.
        assertRefusedAsABomb(PdfBombs.formOfEmptyArrays(8_000_000), 128 * MIB);
    }

    /** Refused with its reason, a failure, and the reading allocated less than {@code heap} on its way there. */
    private static void assertRefusedAsABomb(byte[] pdf, long heap) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        Finding finding = PdfInventory.finding("evidenceList", pdf);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(finding.detail().in(Locale.ENGLISH)).contains("refused as a PDF bomb");
        assertThat(finding.failed()).isTrue();
        assertThat(allocated).as("bytes allocated reading it").isLessThan(heap);
    }

    /** What the verifier says of the PDF: a note, unless reading it passed its cap. */
    private static Phrase said(byte[] pdf) {
        return PdfInventory.finding("evidenceList", pdf).detail();
    }

    private static String pdfsig(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdfsig finished").isTrue();
        return output;
    }
}
