package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.EuValidator;
import org.evidencedesk.signing.OpensslCommand;
import org.evidencedesk.signing.InMemoryRevocations;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.Timestamper;
import org.evidencedesk.signing.ValidationData;
import org.evidencedesk.signing.ValidationDataSource;
import org.evidencedesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rulings and evidence lists at PAdES-BASELINE-LTA, judged by tools that are not ours: the EU DSS validator with
 * the root as its only trust anchor and nothing to fetch, poppler's pdfsig for the signature (it lists a document
 * time-stamp but cannot check one: poppler validates no {@code ETSI.RFC3161} sub-filter, so it says "not yet
 * verified"), and openssl for the document time-stamp's token over its byte range. Keys and revocation data are a
 * fresh installation's: root, signing and time-stamping CAs, OCSP answers from the CAs and the root's published CRL.
 */
class LongTermPadesSignerTest {

    private static final String VALID = "Signature Validation: Signature is Valid.";
    private static final SigningKeys KEYS = TestDocuments.KEYS;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneId.of("Asia/Shanghai"));
    private final InMemoryRevocations revocations = new InMemoryRevocations();
    private final ValidationDataSource authority = TestDocuments.validationData(clock, revocations);
    private final Timestamper timestamper = timestamper();
    private final PadesArchiveTimestamps archive = new PadesArchiveTimestamps(timestamper, authority, Instant.parse("2030-12-31T00:00:00Z"));
    private final PdfSigner signer = new LongTermPadesSigner(new PadesSigner(KEYS.signing(), clock, Optional.of(timestamper)), archive);
    private final EuValidator eu = new EuValidator(KEYS.rootCertificate());

    @Test
    void theEuValidatorTrustingOnlyTheRootPassesASignedRulingAtPadesBaselineLta() {
        byte[] pdf = ruling();

        EuValidator.Verdict verdict = eu.validate(pdf).print("ruling");

        assertThat(verdict.indication()).as(verdict.lines().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(verdict.signatureCount()).isEqualTo(1);
        assertThat(verdict.timestampCount()).as("the signature time-stamp and the document time-stamp").isEqualTo(2);
        assertThat(verdict.fetchesRefused()).as("everything needed is in the file").isZero();
        SimpleReport report = verdict.reports().getSimpleReport();
        assertThat(report.getSignatureTimestamps(report.getFirstSignatureId())).as("the signature and the document time-stamp")
                .allSatisfy(timestamp -> assertThat(timestamp.getIndication()).isEqualTo(Indication.PASSED));
    }

    @Test
    void theEuValidatorPassesASignedEvidenceListAtPadesBaselineLta() throws IOException {
        byte[] pdf = new EvidenceListPdf(TestDocuments.FONT).renderSigned(new EvidenceListDocument("北京知识产权法院 Beijing IP Court",
                "(2026)京73民初1024号", List.of("杭州云栈科技有限公司"), List.of("深圳市快购电子商务有限公司"), "counsel",
                ZonedDateTime.now(clock), List.of(new EvidenceListDocument.Row("P-001", "销售页面截图", "被告销售侵权产品", "公证处",
                        "a".repeat(64), "b".repeat(64), ZonedDateTime.now(clock)))), signer);

        EuValidator.Verdict verdict = eu.validate(pdf).print("evidence list");

        assertThat(verdict.indication()).as(verdict.lines().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(PdfsigCommand.run(Files.write(temp.resolve("list.pdf"), pdf))).contains(VALID);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            assertThat(signature.getReason()).isEqualTo("Evidence list 证据目录 (2026)京73民初1024号");
            assertThat(signature.getLocation()).isEqualTo("北京知识产权法院 Beijing IP Court");
        }
    }

    @Test
    void oneChangedByteInsideTheSignedRangeIsAHashFailure() throws IOException {
        byte[] pdf = ruling();
        byte[] tampered = pdf.clone();
        int inFirstStream = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("stream") + 40;
        assertThat(inFirstStream).isLessThan(signatureByteRanges(pdf).get(0)[1]);
        tampered[inFirstStream] ^= 0x01;

        EuValidator.Verdict verdict = eu.validate(tampered).print("ruling with one byte changed");

        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    @Test
    void aRenewedRulingHasTwoDocumentTimestampsAndStillPasses() throws IOException {
        byte[] pdf = ruling();
        clock.advance(java.time.Duration.ofDays(30));

        byte[] renewed = archive.renew(pdf, new byte[0]);

        assertThat(renewed).startsWith(pdf);
        assertThat(PdfSignatureRevisions.of(renewed)).extracting(PdfSignatureRevisions.Revision::documentTimestamp)
                .containsExactly(false, true, true);
        EuValidator.Verdict verdict = eu.validate(renewed).print("renewed ruling");
        assertThat(verdict.indication()).as(verdict.lines().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(verdict.timestampCount()).isEqualTo(3);
        assertThat(PdfsigCommand.run(Files.write(temp.resolve("renewed.pdf"), renewed))).contains(VALID);

        byte[] tampered = renewed.clone();
        int inFirstStream = new String(renewed, StandardCharsets.ISO_8859_1).indexOf("stream") + 40;
        tampered[inFirstStream] ^= 0x01;
        EuValidator.Verdict broken = eu.validate(tampered).print("renewed ruling with one byte changed");
        assertThat(broken.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(broken.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    @Test
    void pdfsigCallsTheSignatureValidAndListsTheDocumentTimestampOverTheWholeFile() throws IOException {
        String report = PdfsigCommand.run(Files.write(temp.resolve("ruling.pdf"), ruling()));

        String signature = report.substring(report.indexOf("Signature #1:"), report.indexOf("Signature #2:"));
        String timestamp = report.substring(report.indexOf("Signature #2:"));
        assertThat(signature).contains(VALID, "Signature Type: ETSI.CAdES.detached", "Signer Certificate Common Name: Evidence Desk Signing");
        assertThat(timestamp).contains("Evidence Desk Time-Stamping Authority", "Total document signed")
                .doesNotContain("Signature is Invalid", "Digest Mismatch");
        assertThat(report).doesNotContain("Signature #3:");
    }

    /**
     * The recipe of verifying-evidence.md, with stock tools only: pdfsig dumps the document time-stamp's token and
     * prints its byte range, and openssl checks the token over those bytes against the root.
     */
    @Test
    void opensslVerifiesTheDocumentTimestampPdfsigDumpsOverTheRangePdfsigPrints() throws Exception {
        byte[] pdf = ruling();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature timestamp = document.getLastSignatureDictionary();
            assertThat(timestamp.getCOSObject().getCOSName(COSName.TYPE)).isEqualTo(COSName.DOC_TIME_STAMP);
            assertThat(timestamp.getSubFilter()).isEqualTo("ETSI.RFC3161");
        }
        Path file = Files.write(temp.resolve("ruling.pdf"), pdf);
        String report = PdfsigCommand.dump(file);
        Matcher ranges = Pattern.compile("Signed Ranges: \\[(\\d+) - (\\d+)\\], \\[(\\d+) - (\\d+)\\]")
                .matcher(report.substring(report.indexOf("Signature #2:")));
        assertThat(ranges.find()).as(report).isTrue();
        java.io.ByteArrayOutputStream signedRange = new java.io.ByteArrayOutputStream();
        signedRange.write(pdf, 0, Integer.parseInt(ranges.group(2)));
        signedRange.write(pdf, Integer.parseInt(ranges.group(3)), Integer.parseInt(ranges.group(4)) - Integer.parseInt(ranges.group(3)));
        Files.write(temp.resolve("range.bin"), signedRange.toByteArray());
        Files.writeString(temp.resolve("root.pem"), pem(KEYS.rootCertificate().getEncoded()));

        OpensslCommand.Result verified = OpensslCommand.run(temp, "ts", "-verify", "-in", "ruling.pdf.sig1", "-token_in",
                "-data", "range.bin", "-CAfile", "root.pem");
        assertThat(verified.succeeded()).as(verified.output()).isTrue();

        byte[] changed = signedRange.toByteArray();
        changed[changed.length / 2] ^= 0x01;
        Files.write(temp.resolve("range.bin"), changed);
        assertThat(OpensslCommand.run(temp, "ts", "-verify", "-in", "ruling.pdf.sig1", "-token_in", "-data", "range.bin",
                "-CAfile", "root.pem").succeeded()).isFalse();
    }

    @Test
    void theStoreHoldsBothChainsWithTheirRevocationDataOnceEach() throws Exception {
        byte[] pdf = ruling();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary store = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.DSS);
            assertThat(store).isNotNull();
            List<byte[]> expected = new ArrayList<>();
            for (X509Certificate certificate : new LinkedHashSet<>(concat(KEYS.signing().chain(), KEYS.timestamping().chain()))) {
                expected.add(certificate.getEncoded());
            }
            assertThat(expected).as("leaf, issuing CA and root of each, the root once").hasSize(5);
            assertThat(streams(store.getCOSArray(COSName.CERTS))).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(streams(store.getCOSArray(COSName.OCSPS))).as("an issuing CA's answer for each leaf").hasSize(2);
            assertThat(streams(store.getCOSArray(COSName.CRLS))).as("the root's CRL for the two CAs, once").hasSize(1);
        }
    }

    @Test
    void addingValidationDataTheStoreAlreadyHoldsChangesNothing() throws IOException {
        byte[] pdf = ruling();
        byte[] certificatesAgain = DocumentSecurityStore.withValidationData(pdf,
                new ValidationData(KEYS.signing().chain(), List.of(), List.of()));

        assertThat(certificatesAgain).isSameAs(pdf);
    }

    @Test
    void renewalIsDueAtTheEarlierOfTheTimestampCertificatesExpiryAndSha256sEndOfLife() {
        byte[] pdf = ruling();
        Instant expiry = KEYS.timestamping().certificate().getNotAfter().toInstant();

        Instant earlier = expiry.minus(java.time.Duration.ofDays(1));

        assertThat(new PadesArchiveTimestamps(timestamper, authority, earlier).renewBy(pdf)).isEqualTo(earlier);
        assertThat(new PadesArchiveTimestamps(timestamper, authority, expiry.plusSeconds(1)).renewBy(pdf)).isEqualTo(expiry);
    }

    @Test
    void renewingSomethingThatIsNotASignedPdfIsRefused() {
        byte[] pdf = ruling();

        assertThatThrownBy(() -> archive.renew(pdf, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> archive.renew("not a pdf".getBytes(StandardCharsets.UTF_8), new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> archive.renew(new RulingPdf(TestDocuments.FONT).render(TestDocuments.englishRuling(List.of("Unsigned."))),
                new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private byte[] ruling() {
        return new RulingPdf(TestDocuments.FONT).renderSigned(TestDocuments.chineseRuling(List.of("原告申请责令被告提交其销售账簿。")), signer);
    }

    private Timestamper timestamper() {
        AtomicLong serials = new AtomicLong();
        return new BouncyCastleTimestampAuthority(KEYS.timestamping(), () -> BigInteger.valueOf(serials.incrementAndGet()), clock);
    }

    private static List<X509Certificate> concat(List<X509Certificate> first, List<X509Certificate> second) {
        List<X509Certificate> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static List<int[]> signatureByteRanges(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().stream().map(PDSignature::getByteRange).toList();
        }
    }

    private static List<byte[]> streams(COSArray array) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (COSBase entry : array) {
            COSStream stream = (COSStream) (entry instanceof COSObject object ? object.getObject() : entry);
            try (InputStream in = stream.createInputStream()) {
                contents.add(in.readAllBytes());
            }
        }
        return contents;
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }
}
