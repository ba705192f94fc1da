package org.evidencedesk.signing;

import eu.europa.esig.dss.enumerations.ASiCContainerType;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.AIASource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.ExternalResourcesOCSPSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The European Commission's DSS validator as the independent judge of the long-term levels (ETSI EN 319 102-1
 * validation, default policy): the installation's root is its only trust anchor and it fetches nothing, no OCSP,
 * no CRL, no certificate by AIA, so a signature passes only on what it carries. Shared by the CAdES and PAdES
 * tests; the API is written down in /work/wt/flags/eu-validator.txt.
 */
public final class EuValidator {

    private final X509Certificate trustedRoot;
    private final List<X509Certificate> alsoTrusted;
    private final Optional<Instant> validationTime;
    private final ValidationData known;

    public EuValidator(X509Certificate trustedRoot) {
        this(trustedRoot, List.of(), Optional.empty(), ValidationData.NONE);
    }

    /** A judge with further trust anchors beside the installation's root: a court's, for what its own certificate signed. */
    public EuValidator(X509Certificate trustedRoot, List<X509Certificate> alsoTrusted) {
        this(trustedRoot, alsoTrusted, Optional.empty(), ValidationData.NONE);
    }

    private EuValidator(X509Certificate trustedRoot, List<X509Certificate> alsoTrusted, Optional<Instant> validationTime,
            ValidationData known) {
        this.trustedRoot = Objects.requireNonNull(trustedRoot, "trustedRoot");
        this.alsoTrusted = List.copyOf(alsoTrusted);
        this.validationTime = validationTime;
        this.known = Objects.requireNonNull(known, "known");
    }

    /** The same judge, validating as if it were {@code time} (e.g. after a certificate expired), not now. */
    public EuValidator at(Instant time) {
        return new EuValidator(trustedRoot, alsoTrusted, Optional.of(time), known);
    }

    /**
     * The same judge, also holding {@code data} (CRLs and OCSP answers a recipient obtained later, e.g. one stating a
     * revocation) beside what the document carries: handed over in memory, still nothing fetched.
     */
    public EuValidator knowing(ValidationData data) {
        return new EuValidator(trustedRoot, alsoTrusted, validationTime, known.and(data));
    }

    /** A document that carries what it signs: a PDF, an ASiC container, or an enveloping CMS. */
    public Verdict validate(byte[] document) {
        return validate(document, List.of());
    }

    /** A detached CMS signature over {@code content}. */
    public Verdict validate(byte[] signature, byte[] content) {
        return validate(signature, List.of(new InMemoryDocument(content, "content")));
    }

    private Verdict validate(byte[] document, List<DSSDocument> detached) {
        RefusingAia aia = new RefusingAia();
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(trustedRoot));
        alsoTrusted.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(aia);
        verifier.setCrlSource(known.crls().isEmpty() ? null : new ExternalResourcesCRLSource(known.crls().stream()
                .map(EuValidator::encoded).map(ByteArrayInputStream::new).toArray(InputStream[]::new)));
        verifier.setOcspSource(known.ocspResponses().isEmpty() ? null : new ExternalResourcesOCSPSource(known.ocspResponses().stream()
                .map(ByteArrayInputStream::new).toArray(InputStream[]::new)));
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(document, "signed"));
        validator.setCertificateVerifier(verifier);
        if (!detached.isEmpty()) {
            validator.setDetachedContents(detached);
        }
        validationTime.ifPresent(time -> validator.setValidationTime(Date.from(time)));
        return new Verdict(validator.validateDocument(), aia.refused.get());
    }

    private static byte[] encoded(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses every fetch by AIA and counts the attempts, which a test expects to be none. */
    private static final class RefusingAia implements AIASource {

        private static final long serialVersionUID = 1L;
        private final AtomicInteger refused = new AtomicInteger();

        @Override
        public Set<CertificateToken> getCertificatesByAIA(CertificateToken certificate) {
            refused.incrementAndGet();
            return Set.of();
        }
    }

    /**
     * What DSS concluded about the first signature of the document, and the whole reports for anything else.
     *
     * @param fetchesRefused how often DSS tried to fetch a certificate by AIA (each attempt refused)
     */
    public record Verdict(Reports reports, int fetchesRefused) {

        private SimpleReport simple() {
            return reports.getSimpleReport();
        }

        private String first() {
            String id = simple().getFirstSignatureId();
            if (id == null) {
                throw new AssertionError("DSS found no signature");
            }
            return id;
        }

        public Indication indication() {
            return simple().getIndication(first());
        }

        /** Empty when the indication is TOTAL_PASSED. */
        public Optional<SubIndication> subIndication() {
            return Optional.ofNullable(simple().getSubIndication(first()));
        }

        public SignatureLevel level() {
            return simple().getSignatureFormat(first());
        }

        /** ASiC_E or ASiC_S for a container; empty for a CMS or a PDF. */
        public Optional<ASiCContainerType> container() {
            return Optional.ofNullable(simple().getContainerType());
        }

        public int signatureCount() {
            return simple().getSignaturesCount();
        }

        /** How many time-stamps DSS found on the first signature (signature and archive time-stamps alike). */
        public int timestampCount() {
            return simple().getSignatureTimestamps(first()).size();
        }

        /** The simple report's lines a person reads: indication, sub-indication, level, and every error and warning. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (String id : simple().getSignatureIdList()) {
                lines.add(id + ": " + simple().getIndication(id)
                        + (simple().getSubIndication(id) == null ? "" : " / " + simple().getSubIndication(id))
                        + ", " + simple().getSignatureFormat(id)
                        + (simple().getContainerType() == null ? "" : ", container " + simple().getContainerType())
                        + ", time-stamps " + simple().getSignatureTimestamps(id).size());
                simple().getAdESValidationErrors(id).forEach(message -> lines.add("  error: " + message.getValue()));
                simple().getAdESValidationWarnings(id).forEach(message -> lines.add("  warning: " + message.getValue()));
            }
            return lines;
        }

        /** Prints {@link #lines()} under a heading, for the test log. */
        public Verdict print(String heading) {
            System.out.println("EU DSS " + heading + ":");
            lines().forEach(line -> System.out.println("  " + line));
            return this;
        }
    }
}
