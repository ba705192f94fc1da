package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certificate profiles of the installation's PKI (RFC 5280 section 4.2), read back with Bouncy Castle and, as an
 * independent reader, with {@code openssl x509 -text}; and the chains checked with {@code openssl verify}.
 */
class CertificateProfilesTest {

    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";
    private static final AuthorityAddresses COURT = new AuthorityAddresses(URI.create("https://evidence.court.example"));

    @TempDir
    Path directory;

    private final LocalCertificateAuthority authority = new LocalCertificateAuthority(Clock.systemUTC(), COURT, Duration.ofDays(730));
    private final Credential root = authority.createRoot();
    private final IssuingAuthority signingCa = authority.issueAuthority(root, AuthorityRole.DOCUMENT_SIGNING, 1);
    private final IssuingAuthority timestampingCa = authority.issueAuthority(root, AuthorityRole.TIME_STAMPING, 1);

    @Test
    void theRootIsASelfSignedCaForTwentyYearsWithRoomForOneCaBelowIt() throws Exception {
        X509Certificate certificate = root.certificate();

        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=Evidence Desk Root CA,O=Evidence Desk");
        assertThat(SigningKeyStore.isSelfSigned(certificate)).isTrue();
        assertThat(certificate.getBasicConstraints()).isEqualTo(1);
        assertThat(certificate.getCriticalExtensionOIDs()).contains(BASIC_CONSTRAINTS, KEY_USAGE);
        assertThat(usages(certificate)).containsExactly("keyCertSign", "cRLSign");
        assertThat(certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId())).isNotNull();
        assertThat(years(certificate)).isEqualTo(20);
        assertThat(openssl(certificate)).contains("CA:TRUE, pathlen:1", "Certificate Sign, CRL Sign", "X509v3 Subject Key Identifier");
    }

    @Test
    void anIssuingCaHasPathLengthZeroAndNamesTheRootsCrlAndCertificate() throws Exception {
        for (IssuingAuthority ca : List.of(signingCa, timestampingCa)) {
            X509Certificate certificate = ca.certificate();

            assertThat(certificate.getBasicConstraints()).as(ca.slug()).isZero();
            assertThat(certificate.getCriticalExtensionOIDs()).contains(BASIC_CONSTRAINTS, KEY_USAGE);
            assertThat(usages(certificate)).containsExactly("keyCertSign", "cRLSign");
            assertThat(authorityKeyIdentifier(certificate)).isEqualTo(subjectKeyIdentifier(root.certificate()));
            assertThat(distributionPoints(certificate)).containsExactly("https://evidence.court.example/pki/root-ca.crl");
            assertThat(access(certificate, AccessDescription.id_ad_caIssuers)).containsExactly("https://evidence.court.example/pki/root-ca.crt");
            assertThat(access(certificate, AccessDescription.id_ad_ocsp)).isEmpty();
            assertThat(years(certificate)).isEqualTo(10);
            assertThat(ca.credential().chain()).containsExactly(certificate, root.certificate());
            assertThat(openssl(certificate)).contains("CA:TRUE, pathlen:0", "Certificate Sign, CRL Sign",
                    "URI:https://evidence.court.example/pki/root-ca.crl", "CA Issuers - URI:https://evidence.court.example/pki/root-ca.crt");
        }
        assertThat(signingCa.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Evidence Desk Document Signing CA,O=Evidence Desk");
        assertThat(timestampingCa.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Evidence Desk Time-Stamping CA,O=Evidence Desk");
    }

    /** openssl's default (S/MIME) purpose needs a signing certificate without extended key usage. */
    @Test
    void theSigningLeafMaySignNamesNoExtendedKeyUsageAndPointsAtItsCaAndTheResponder() throws Exception {
        Credential signing = authority.issueSigning(signingCa);
        X509Certificate certificate = signing.certificate();

        assertThat(usages(certificate)).containsExactly("digitalSignature", "nonRepudiation");
        assertThat(certificate.getExtendedKeyUsage()).isNull();
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertLeafPointers(certificate, signingCa, "document-signing-ca");
        assertThat(signing.chain()).containsExactly(certificate, signingCa.certificate(), root.certificate());
        assertThat(CertificatePurpose.SIGNING.problemWith(certificate)).isEmpty();
        assertThat(openssl(certificate)).contains("Digital Signature, Non Repudiation", "OCSP - URI:https://evidence.court.example/pki/ocsp")
                .doesNotContain("Extended Key Usage");
    }

    /** RFC 3161 section 2.3: extended key usage timeStamping, alone and critical. */
    @Test
    void bothTimeStampingLeavesHaveTimeStampingAloneAndCritical() throws Exception {
        for (Credential tsa : List.of(authority.issueTimestamping(timestampingCa), authority.issuePublicTimestamping(timestampingCa))) {
            X509Certificate certificate = tsa.certificate();

            assertThat(certificate.getExtendedKeyUsage()).containsExactly(TIME_STAMPING);
            assertThat(certificate.getCriticalExtensionOIDs()).contains(EXTENDED_KEY_USAGE, KEY_USAGE, BASIC_CONSTRAINTS);
            assertThat(usages(certificate)).containsExactly("digitalSignature");
            assertLeafPointers(certificate, timestampingCa, "time-stamping-ca");
            assertThat(CertificatePurpose.TIMESTAMPING.problemWith(certificate)).isEmpty();
            assertThat(openssl(certificate)).contains("X509v3 Extended Key Usage: critical", "Time Stamping");
        }
    }

    @Test
    void aLeafLastsTheConfiguredTimeButNeverBeyondItsCa() throws Exception {
        X509Certificate leaf = authority.issueSigning(signingCa).certificate();
        assertThat(Duration.between(Instant.now(), leaf.getNotAfter().toInstant()).toDays()).isBetween(729L, 730L);

        LocalCertificateAuthority longLeaves = new LocalCertificateAuthority(Clock.systemUTC(), COURT, Duration.ofDays(3650 * 3));
        X509Certificate capped = longLeaves.issueSigning(signingCa).certificate();
        assertThat(capped.getNotAfter()).isEqualTo(signingCa.certificate().getNotAfter());
    }

    /** The generation number keeps a replacing CA's files apart from the one it replaces. */
    @Test
    void aSecondCaOfARoleHasItsOwnNameAndAddresses() throws Exception {
        IssuingAuthority second = authority.issueAuthority(root, AuthorityRole.DOCUMENT_SIGNING, 2);

        assertThat(second.slug()).isEqualTo("document-signing-ca-2");
        assertThat(second.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Evidence Desk Document Signing CA 2,O=Evidence Desk");
        assertThat(distributionPoints(authority.issueSigning(second).certificate()))
                .containsExactly("https://evidence.court.example/pki/document-signing-ca-2.crl");
        assertThat(AuthorityRole.of("document-signing-ca-2")).hasValue(new AuthorityRole.Generation(AuthorityRole.DOCUMENT_SIGNING, 2));
        assertThat(AuthorityRole.of("root-ca")).isEmpty();
    }

    /** openssl builds every chain from the root alone, the issuing CA given as untrusted, with the path length constraints checked. */
    @Test
    void opensslVerifiesEachLeafUpToTheRoot() throws Exception {
        Path rootPem = write("root.pem", root.certificate());
        for (Credential leaf : List.of(authority.issueSigning(signingCa), authority.issueTimestamping(timestampingCa))) {
            Path ca = write("ca.pem", leaf.chain().get(1));
            Path certificate = write("leaf.pem", leaf.certificate());

            OpensslCommand.Result result = OpensslCommand.run(directory, "verify", "-purpose", "any", "-CAfile", rootPem.toString(),
                    "-untrusted", ca.toString(), certificate.toString());

            assertThat(result.output()).contains("leaf.pem: OK");
            assertThat(result.succeeded()).isTrue();
        }
        OpensslCommand.Result withoutCa = OpensslCommand.run(directory, "verify", "-CAfile", rootPem.toString(),
                write("alone.pem", authority.issueSigning(signingCa).certificate()).toString());
        assertThat(withoutCa.succeeded()).as("the issuing CA is needed: %s", withoutCa.output()).isFalse();
    }

    private void assertLeafPointers(X509Certificate certificate, IssuingAuthority ca, String slug) throws Exception {
        assertThat(authorityKeyIdentifier(certificate)).isEqualTo(subjectKeyIdentifier(ca.certificate()));
        assertThat(certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId())).isNotNull();
        assertThat(distributionPoints(certificate)).containsExactly("https://evidence.court.example/pki/" + slug + ".crl");
        assertThat(access(certificate, AccessDescription.id_ad_ocsp)).containsExactly("https://evidence.court.example/pki/ocsp");
        assertThat(access(certificate, AccessDescription.id_ad_caIssuers)).containsExactly("https://evidence.court.example/pki/" + slug + ".crt");
        certificate.verify(ca.certificate().getPublicKey());
    }

    private String openssl(X509Certificate certificate) throws Exception {
        Path file = write("certificate.pem", certificate);
        OpensslCommand.Result result = OpensslCommand.run(directory, "x509", "-in", file.toString(), "-noout", "-text");
        assertThat(result.succeeded()).as(result.output()).isTrue();
        return result.output();
    }

    private Path write(String name, X509Certificate certificate) throws Exception {
        return Files.write(directory.resolve(name), KeysDirectory.pem(certificate));
    }

    private static long years(X509Certificate certificate) {
        return certificate.getNotBefore().toInstant().atOffset(ZoneOffset.UTC).until(
                certificate.getNotAfter().toInstant().atOffset(ZoneOffset.UTC), ChronoUnit.YEARS);
    }

    private static byte[] subjectKeyIdentifier(X509Certificate certificate) throws Exception {
        return SubjectKeyIdentifier.fromExtensions(new X509CertificateHolder(certificate.getEncoded()).getExtensions()).getKeyIdentifier();
    }

    private static byte[] authorityKeyIdentifier(X509Certificate certificate) throws Exception {
        return AuthorityKeyIdentifier.fromExtensions(new X509CertificateHolder(certificate.getEncoded()).getExtensions()).getKeyIdentifier();
    }

    private static List<String> distributionPoints(X509Certificate certificate) throws Exception {
        CRLDistPoint points = CRLDistPoint.fromExtensions(new X509CertificateHolder(certificate.getEncoded()).getExtensions());
        return Arrays.stream(points.getDistributionPoints())
                .flatMap(point -> Arrays.stream(GeneralNames.getInstance(point.getDistributionPoint().getName()).getNames()))
                .map(name -> name.getName().toString()).toList();
    }

    private static List<String> access(X509Certificate certificate, ASN1ObjectIdentifier method) throws Exception {
        AuthorityInformationAccess access = AuthorityInformationAccess.fromExtensions(
                new X509CertificateHolder(certificate.getEncoded()).getExtensions());
        return Arrays.stream(access.getAccessDescriptions()).filter(description -> description.getAccessMethod().equals(method))
                .map(AccessDescription::getAccessLocation).filter(name -> name.getTagNo() == GeneralName.uniformResourceIdentifier)
                .map(name -> name.getName().toString()).toList();
    }

    private static List<String> usages(X509Certificate certificate) {
        String[] names = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
            "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
        boolean[] bits = certificate.getKeyUsage();
        return IntStream.range(0, bits.length).filter(i -> bits[i]).mapToObj(i -> names[i]).toList();
    }
}
