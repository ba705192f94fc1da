package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplecertificatereport.SimpleCertificateReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.ExternalResourcesOCSPSource;
import eu.europa.esig.dss.validation.CertificateValidator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation data the installation's authorities give for a chain, judged by the EU DSS validator with the
 * root as its only trust anchor and that data as its only source: nothing fetched, no network.
 */
class AuthorityValidationDataTest {

    @TempDir
    Path directory;

    private final InMemoryRevocations revocations = new InMemoryRevocations();
    private final IssuingAuthorities authorities = TestKeys.sharedAuthorities();
    private AuthorityValidationData source;

    @BeforeEach
    void publishTheRootsCrl() {
        Path keys = directory.resolve("keys");
        RootAuthority.create(directory.resolve("root"), TestKeys.ROOT, Clock.systemUTC()).publishTo(keys);
        source = new AuthorityValidationData(authorities, new OcspResponder(authorities, revocations, Clock.systemUTC()),
                new AuthorityRevocationLists(authorities, revocations, keys.resolve(KeysDirectory.ROOT_CRL_FILE), Clock.systemUTC()));
    }

    @Test
    void aLeafsChainGetsItsCertificatesAnOcspAnswerForTheLeafAndTheRootsCrlForTheCa() throws Exception {
        List<X509Certificate> chain = TestKeys.SHARED.signing().chain();

        ValidationData data = source.forChain(chain);

        assertThat(data.certificates()).containsExactlyElementsOf(chain);
        assertThat(data.crls()).singleElement().satisfies(crl -> assertThat(crl.getIssuerX500Principal())
                .isEqualTo(TestKeys.ROOT.certificate().getSubjectX500Principal()));
        assertThat(data.ocspResponses()).hasSize(1);
        BasicOCSPResp answer = (BasicOCSPResp) new OCSPResp(data.ocspResponses().get(0)).getResponseObject();
        assertThat(answer.getResponses()[0].getCertID().getSerialNumber()).isEqualTo(chain.get(0).getSerialNumber());
    }

    @Test
    void theEuValidatorPassesTheSigningLeafOnThisDataAlone() throws Exception {
        SimpleCertificateReport report = validate(TestKeys.SHARED.signing().chain());

        String leaf = new CertificateToken(TestKeys.SHARED.signing().certificate()).getDSSIdAsString();
        assertThat(report.getCertificateIndication(leaf)).as("%s %s", report.getCertificateSubIndication(leaf),
                report.getX509ValidationErrors(leaf)).isEqualTo(Indication.PASSED);
    }

    @Test
    void theEuValidatorPassesTheTimeStampingLeafToo() throws Exception {
        SimpleCertificateReport report = validate(TestKeys.SHARED.timestamping().chain());

        String leaf = new CertificateToken(TestKeys.SHARED.timestamping().certificate()).getDSSIdAsString();
        assertThat(report.getCertificateIndication(leaf)).as("%s", report.getX509ValidationErrors(leaf)).isEqualTo(Indication.PASSED);
    }

    @Test
    void theEuValidatorFailsARevokedLeaf() throws Exception {
        revocations.revoke(TestKeys.SHARED.signing().certificate(), Instant.now().minusSeconds(3600), RevocationReason.KEY_COMPROMISE);

        SimpleCertificateReport report = validate(TestKeys.SHARED.signing().chain());

        String leaf = new CertificateToken(TestKeys.SHARED.signing().certificate()).getDSSIdAsString();
        assertThat(report.getCertificateIndication(leaf)).isNotEqualTo(Indication.PASSED);
        assertThat(report.getCertificateSubIndication(leaf)).isIn(SubIndication.REVOKED, SubIndication.REVOKED_NO_POE);
    }

    @Test
    void aChainOfAnotherInstallationIsRefused() {
        assertThatThrownBy(() -> source.forChain(TestKeys.another().signing().chain())).isInstanceOf(IllegalArgumentException.class);
    }

    private SimpleCertificateReport validate(List<X509Certificate> chain) throws Exception {
        ValidationData data = source.forChain(chain);
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(TestKeys.ROOT.certificate()));
        verifier.setTrustedCertSources(trusted);
        CommonCertificateSource adjunct = new CommonCertificateSource();
        data.certificates().forEach(certificate -> adjunct.addCertificate(new CertificateToken(certificate)));
        verifier.setAdjunctCertSources(adjunct);
        verifier.setAIASource(null);
        verifier.setOcspSource(new ExternalResourcesOCSPSource(data.ocspResponses().stream()
                .map(ByteArrayInputStream::new).toArray(InputStream[]::new)));
        verifier.setCrlSource(new ExternalResourcesCRLSource(data.crls().stream().map(crl -> {
            try {
                return new ByteArrayInputStream(crl.getEncoded());
            } catch (CRLException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(InputStream[]::new)));
        CertificateValidator validator = CertificateValidator.fromCertificate(new CertificateToken(chain.get(0)));
        validator.setCertificateVerifier(verifier);
        // A moment after the answers were made: the responder dates them to the next whole second.
        validator.setValidationTime(Date.from(Instant.now().plusSeconds(2)));
        return validator.validate().getSimpleReport();
    }
}
