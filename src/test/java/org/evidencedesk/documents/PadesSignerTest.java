package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.evidencedesk.signing.OpensslCommand;
import org.evidencedesk.signing.SignatureVerification;
import org.evidencedesk.signing.SignatureVerifier;
import org.evidencedesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed rulings checked by tools that are not ours: poppler's pdfsig (NSS) must call the signature
 * valid, and invalid once a byte of the signed content changes; openssl verifies the CMS over the
 * signed byte range. pdfsig also reports "Certificate issuer isn't Trusted": our root is not in its NSS
 * database, and that line is about trust, not about whether the signature is intact, so it is not asserted.
 */
class PadesSignerTest {

    private static final String VALID = "Signature Validation: Signature is Valid.";

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneId.of("Asia/Shanghai"));
    private final RulingPdf rulings = new RulingPdf(TestDocuments.FONT);
    private final PdfSigner signer = TestDocuments.signer(clock, true);

    @Test
    void pdfsigCallsASignedRulingValidAndNamesTheSigner() throws IOException {
        Path pdf = Files.write(temp.resolve("ruling.pdf"), rulings.renderSigned(ruling(), signer));

        String report = PdfsigCommand.run(pdf);

        assertThat(report).contains(VALID, "Signer Certificate Common Name: Evidence Desk Signing", "Signature Type: ETSI.CAdES.detached",
                "Signing Hash Algorithm: SHA-256", "Total document signed");
    }

    @Test
    void changingOneByteOfTheSignedContentMakesPdfsigReportADigestMismatch() throws IOException {
        byte[] signed = rulings.renderSigned(ruling(), signer);
        byte[] tampered = signed.clone();
        int inFirstStream = indexOf(signed, "stream") + 40;
        assertThat(inFirstStream).isLessThan(byteRange(signed)[1]);
        tampered[inFirstStream] ^= 0x01;

        String report = PdfsigCommand.run(Files.write(temp.resolve("tampered.pdf"), tampered));

        assertThat(report).contains("Digest Mismatch").doesNotContain(VALID);
    }

    @Test
    void anUpdateAppendedAfterSigningIsReportedAsNotCoveredBySignature() throws IOException {
        byte[] signed = rulings.renderSigned(ruling(), signer);
        byte[] appended = (new String(signed, StandardCharsets.ISO_8859_1) + "\n% appended later\n").getBytes(StandardCharsets.ISO_8859_1);

        String report = PdfsigCommand.run(Files.write(temp.resolve("appended.pdf"), appended));

        assertThat(report).contains("Not total document signed");
    }

    @Test
    void theCmsIsPadesBaselineWithTimestampAndVerifiesWithOpensslOverTheByteRange() throws Exception {
        byte[] signed = rulings.renderSigned(ruling(), signer);
        byte[] cms;
        byte[] content;
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(clock.instant());
            assertThat(signature.getLocation()).isEqualTo("北京知识产权法院");
            assertThat(signature.getReason()).isEqualTo("关于责令提交证据申请的裁定，案号 (2026)京73民初1024号");
            assertThat(new PDFTextStripper().getText(document)).contains("电子签名");
            COSDictionary certification = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS)
                    .getCOSDictionary(COSName.DOCMDP);
            assertThat(certification).as("the ruling is certified").isSameAs(signature.getCOSObject());
            COSDictionary reference = (COSDictionary) signature.getCOSObject().getCOSArray(COSName.getPDFName("Reference")).getObject(0);
            assertThat(reference.getCOSName(COSName.getPDFName("TransformMethod"))).isEqualTo(COSName.DOCMDP);
            assertThat(reference.getCOSDictionary(COSName.getPDFName("TransformParams")).getInt(COSName.P)).isEqualTo(2);
            cms = withoutPadding(signature.getContents(signed));
            content = signature.getSignedContent(signed);
        }
        SignerInformation signer = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        AttributeTable attributes = signer.getSignedAttributes();
        assertThat(attributes.get(CMSAttributes.signingTime)).as("PAdES puts the time in /M, never in the CMS").isNull();
        assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(new CMSSignedData(cms).getCertificates().getMatches(null)).as("leaf, issuing CA, root").hasSize(3);
        assertThat(signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)).isNotNull();

        SignatureVerification ours = new SignatureVerifier(TestDocuments.KEYS.rootCertificate(), clock)
                .verifyDetached(cms, new ByteArrayInputStream(content));
        assertThat(ours.valid()).as(ours.failure().orElse("")).isTrue();

        Files.write(temp.resolve("signature.der"), cms);
        Files.write(temp.resolve("byte-range.bin"), content);
        Files.writeString(temp.resolve("root.pem"), pem(TestDocuments.KEYS.rootCertificate().getEncoded()));
        OpensslCommand.Result verified = OpensslCommand.run(temp, "cms", "-verify", "-binary", "-inform", "DER", "-in", "signature.der",
                "-content", "byte-range.bin", "-CAfile", "root.pem", "-purpose", "any", "-cades", "-out", "/dev/null");
        assertThat(verified.succeeded()).as(verified.output()).isTrue();
    }

    @Test
    void withoutATimestamperTheSignatureIsBaselineB() throws Exception {
        byte[] signed = rulings.renderSigned(ruling(), TestDocuments.signer(clock, false));

        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            SignerInformation signer = new CMSSignedData(withoutPadding(signature.getContents(signed)))
                    .getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getUnsignedAttributes()).isNull();
        }
        assertThat(PdfsigCommand.run(Files.write(temp.resolve("b.pdf"), signed))).contains(VALID);
    }

    @Test
    void rulingsAreRenderedAndSignedFromSeveralThreadsAtOnce() throws Exception {
        SignatureVerifier verifier = new SignatureVerifier(TestDocuments.KEYS.rootCertificate(), clock);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> signed = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String paragraph = "第" + i + "份裁定。";
                signed.add(threads.submit(() -> rulings.renderSigned(TestDocuments.chineseRuling(List.of(paragraph)), signer)));
            }
            for (int i = 0; i < signed.size(); i++) {
                byte[] pdf = signed.get(i).get(60, TimeUnit.SECONDS);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    PDSignature signature = document.getLastSignatureDictionary();
                    SignatureVerification verification = verifier.verifyDetached(withoutPadding(signature.getContents(pdf)),
                            new ByteArrayInputStream(signature.getSignedContent(pdf)));
                    assertThat(verification.valid()).as(verification.failure().orElse("")).isTrue();
                    assertThat(new PDFTextStripper().getText(document)).contains("第" + i + "份裁定。");
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void somethingThatIsNotAPdfIsRefused() {
        assertThatThrownBy(() -> TestDocuments.signer(clock, false).sign("not a pdf".getBytes(StandardCharsets.UTF_8),
                new PdfSignatureDetails("reason", "location"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static RulingDocument ruling() {
        return TestDocuments.chineseRuling(List.of("原告申请责令被告提交其销售账簿，并提交了初步证据。"));
    }

    /** PDFBox hands back the whole /Contents, the CMS followed by the zeros that pad it to the room kept. */
    private static byte[] withoutPadding(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return in.readObject().getEncoded(ASN1Encoding.DER);
        }
    }

    private static int[] byteRange(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getLastSignatureDictionary().getByteRange();
        }
    }

    private static int indexOf(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).indexOf(needle);
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }
}
