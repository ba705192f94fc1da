package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.DEROctetString;
import org.evidencedesk.bundle.verify.BundleReport;
import org.evidencedesk.bundle.verify.BundleVerifier;
import org.evidencedesk.bundle.verify.Finding;
import org.evidencedesk.bundle.verify.ItemReport;
import org.evidencedesk.bundle.verify.LongTermPdfs;
import org.evidencedesk.bundle.verify.LongTermSignatures;
import org.evidencedesk.signing.OpensslCommand;
import org.evidencedesk.signing.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle's report says what each signature carries for the long term, as notes beside the checks openssl can
 * make: raising the manifest signature to LTA, or spoiling its unsigned attributes, changes that note and nothing
 * else, and openssl still verifies the raised signature.
 */
class LongTermReportTest {

    @TempDir
    static Path shared;

    @TempDir
    Path directory;

    private static final LongTermSignatures SIGNATURES = LongTermSignatures.forSharedKeys();
    private static Path bundle;
    private static BundleReport untouched;
    private final BundleVerifier verifier = new BundleVerifier(Clock.systemUTC());

    @BeforeAll
    static void writeOneBundle() throws IOException {
        bundle = BundleFixture.standard().evidenceList(new LongTermPdfs().longTerm(SIGNATURES)).bundleFile(shared);
        untouched = new BundleVerifier(Clock.systemUTC()).verify(bundle, Optional.of(TestKeys.SHARED.rootCertificate()));
    }

    private static Finding finding(BundleReport report, String check) {
        return report.findings().stream().filter(f -> f.check().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + check + " in " + report.findings()));
    }

    /**
     * The findings outside the manifest signature's own checks. Whether a hand-added archive time-stamp (whose hash
     * index is not computed) fails the signature check is the signature verifier's call, not this reader's.
     */
    private static List<Finding> beyondTheSignature(BundleReport report) {
        List<String> signature = List.of("signature", "signatureTimestamp", "signatureLongTerm");
        return report.findings().stream().filter(f -> !signature.contains(f.check())).toList();
    }

    @Test
    void everySignatureAndTheEvidenceListHaveTheirLongTermDataNotedAndTheVerdictIsTheChecksAlone() {
        assertThat(untouched.passed()).as(untouched.findings().toString()).isTrue();
        assertThat(finding(untouched, "signatureLongTerm").level()).isEqualTo(Finding.Level.NOTE);
        // The level is the fixture signer's: T and B from the CmsSigner, LTA once the signers raise every signature.
        assertThat(finding(untouched, "signatureLongTerm").detail().in(Locale.ENGLISH))
                .containsPattern("^level reached CAdES-BASELINE-(T|LTA); signature time-stamp ")
                .containsPattern("(no archive time-stamp|archive time-stamp 1: )");
        assertThat(finding(untouched, "checkpointLongTerm").level()).isEqualTo(Finding.Level.NOTE);
        assertThat(finding(untouched, "checkpointLongTerm").detail().in(Locale.ENGLISH)).containsPattern("^level reached CAdES-BASELINE-(B|LTA)");
        assertThat(finding(untouched, "evidenceList").level()).isEqualTo(Finding.Level.NOTE);
        assertThat(finding(untouched, "evidenceList").detail().in(Locale.ENGLISH))
                .startsWith("1 signature(s), 1 document time-stamp(s); document time-stamp 1: ")
                .endsWith("/DSS (document security store) with 3 certificate(s), 1 CRL(s), 0 OCSP response(s)");
        assertThat(untouched.items()).allSatisfy(item -> assertThat(item.receiptLongTerm()).hasValueSatisfying(
                phrase -> assertThat(phrase.in(Locale.ENGLISH)).containsPattern("^level reached CAdES-BASELINE-(B|LTA)")));
        assertThat(untouched.reportsLongTermData()).isTrue();
    }

    @Test
    void aManifestSignatureRaisedToLtaIsReportedSoAndOpensslStillVerifiesIt() throws Exception {
        byte[] lta = raised(Archives.entries(bundle).get(BundleLayout.SIGNATURE));
        BundleReport report = verifier.verify(Archives.change(copy(), BundleLayout.SIGNATURE, signature -> lta),
                Optional.of(TestKeys.SHARED.rootCertificate()));

        assertThat(finding(report, "signatureLongTerm").detail().in(Locale.ENGLISH))
                .startsWith("level reached CAdES-BASELINE-LTA; signature time-stamp ")
                .contains("archive time-stamp 1: ", " by CN=Evidence Desk Time-Stamping Authority,O=Evidence Desk",
                        " CRL(s), ", "revocation data found for each of the ");
        assertThat(beyondTheSignature(report)).isEqualTo(beyondTheSignature(untouched));
        assertThat(report.items()).isEqualTo(untouched.items());

        Files.write(directory.resolve("signature.p7s"), lta);
        Files.write(directory.resolve("manifest.xml"), Archives.entries(bundle).get(BundleLayout.ASIC_MANIFEST));
        Files.writeString(directory.resolve("root.pem"), BundleWriter.pem(TestKeys.SHARED.rootCertificate()));
        OpensslCommand.Result openssl = OpensslCommand.run(directory, "cms", "-verify", "-cades", "-binary", "-inform", "DER",
                "-in", "signature.p7s", "-content", "manifest.xml", "-CAfile", "root.pem", "-purpose", "any", "-out", "/dev/null");
        assertThat(openssl.output()).contains("Verification successful");
    }

    @Test
    void anArchiveTimeStampThatIsNoTokenOnTheManifestSignatureIsSaidAndNothingBeyondTheSignatureChanges() throws Exception {
        BundleReport report = verifier.verify(changedSignature(signature -> LongTermSignatures.withUnsignedAttribute(signature,
                LongTermSignatures.archiveTimestamp(new DEROctetString(new byte[] {0x30, 0x03, 0x02})))),
                Optional.of(TestKeys.SHARED.rootCertificate()));

        assertThat(finding(report, "signatureLongTerm").level()).isEqualTo(Finding.Level.NOTE);
        assertThat(finding(report, "signatureLongTerm").detail().in(Locale.ENGLISH))
                .containsPattern("^level reached CAdES-BASELINE-(T|LTA)").containsPattern("archive time-stamp \\d is not an RFC 3161 time-stamp token \\(");
        assertThat(finding(report, "signatureLongTerm").detail().in(Locale.SIMPLIFIED_CHINESE)).containsPattern("存档时间戳 \\d不是 RFC 3161 时间戳令牌");
        assertThat(beyondTheSignature(report)).isEqualTo(beyondTheSignature(untouched));
        assertThat(report.items()).isEqualTo(untouched.items());
    }

    /**
     * An attribute cut short makes the SignerInfo undecodable: openssl refuses the signature outright ("Error reading
     * SMIME Content Info"), so the signature checks fail too, with the reason; everything else stays as it was.
     */
    @Test
    void aTruncatedUnsignedAttributeOnTheManifestSignatureIsSaidAndFailsTheSignatureAsOpensslDoesAndNothingElseChanges() throws Exception {
        byte[] truncated = LongTermSignatures.withUnsignedAttribute(Archives.entries(bundle).get(BundleLayout.SIGNATURE),
                LongTermSignatures.truncatedAttribute());
        BundleReport report = verifier.verify(changedSignature(signature -> truncated), Optional.of(TestKeys.SHARED.rootCertificate()));

        assertThat(finding(report, "signatureLongTerm").detail().in(Locale.ENGLISH)).containsPattern("unsigned attribute \\d cannot be read \\(.*\\): skipped");
        assertThat(finding(report, "signature").failed()).isTrue();
        assertThat(finding(report, "signatureTimestamp").failed()).isTrue();
        List<String> openssl = List.of("signature", "signatureTimestamp", "signatureLongTerm");
        assertThat(report.findings().stream().filter(f -> !openssl.contains(f.check())).toList())
                .isEqualTo(untouched.findings().stream().filter(f -> !openssl.contains(f.check())).toList());
        assertThat(report.items()).isEqualTo(untouched.items());

        Files.write(directory.resolve("signature.p7s"), truncated);
        Files.write(directory.resolve("manifest.xml"), Archives.entries(bundle).get(BundleLayout.ASIC_MANIFEST));
        Files.writeString(directory.resolve("root.pem"), BundleWriter.pem(TestKeys.SHARED.rootCertificate()));
        assertThat(OpensslCommand.run(directory, "cms", "-verify", "-cades", "-binary", "-inform", "DER", "-in", "signature.p7s",
                "-content", "manifest.xml", "-CAfile", "root.pem", "-purpose", "any", "-out", "/dev/null").succeeded()).isFalse();
    }

    @Test
    void anEvidenceListWhoseSecurityStoreIsNoDictionaryIsSaidAndTheBundleStillPasses() throws Exception {
        LongTermPdfs pdfs = new LongTermPdfs();
        byte[] pdf = pdfs.withCatalogEntry(pdfs.documentTimestamp(pdfs.signed(), pdfs::token),
                document -> org.apache.pdfbox.cos.COSInteger.get(7));
        Path other = BundleFixture.standard().evidenceList(pdf).bundleFile(directory);
        BundleReport report = verifier.verify(other, Optional.of(TestKeys.SHARED.rootCertificate()));

        assertThat(finding(report, "evidenceList").detail().in(Locale.ENGLISH))
                .endsWith("/DSS is present but is not a dictionary: no validation data read from it");
        assertThat(report.passed()).as(report.findings().toString()).isTrue();
        assertThat(report.findings()).extracting(Finding::check, Finding::level)
                .isEqualTo(untouched.findings().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.check(), f.level())).toList());
        assertThat(report.items()).extracting(ItemReport::passed).containsOnly(true);
    }

    @Test
    void aSingleSignatureCheckedWithItsFileGetsItsLongTermNoteToo() throws Exception {
        byte[] manifest = Archives.entries(bundle).get(BundleLayout.ASIC_MANIFEST);
        byte[] lta = raised(Archives.entries(bundle).get(BundleLayout.SIGNATURE));
        BundleReport report = verifier.verifyFile("ASiCManifest.xml", Files.write(directory.resolve("ASiCManifest.xml"), manifest),
                "signature001.p7s", Files.write(directory.resolve("signature001.p7s"), lta), TestKeys.SHARED.rootCertificate());

        assertThat(finding(report, "longTerm").level()).isEqualTo(Finding.Level.NOTE);
        assertThat(finding(report, "longTerm").detail().in(Locale.ENGLISH)).startsWith("level reached CAdES-BASELINE-LTA");
        assertThat(report.reportsLongTermData()).isTrue();
    }

    private Path copy() throws IOException {
        return Files.copy(bundle, directory.resolve("copy.asice"));
    }

    private Path changedSignature(UnaryOperator<byte[]> change) throws IOException {
        return Archives.change(copy(), BundleLayout.SIGNATURE, change);
    }

    /** The signature with the root's CRL and an OCSP response in SignedData, and an archive time-stamp: LTA. */
    private static byte[] raised(byte[] signature) {
        byte[] lt = LongTermSignatures.withRevocationData(signature, List.of(SIGNATURES.rootCrl()),
                List.of(SIGNATURES.ocspResponse(SIGNATURES.signingCertificate(), SIGNATURES.timestampingCertificate())));
        return LongTermSignatures.withUnsignedAttribute(lt, LongTermSignatures.archiveTimestamp(SIGNATURES.token()));
    }
}
