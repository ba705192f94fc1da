package org.evidencedesk.bundle.verify;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.OtherRevocationInfoFormat;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.esf.RevocationValues;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.ResponseBytes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.evidencedesk.shared.Phrase;

/**
 * Reads what a CAdES signature carries for long-term validation, by object identifier, with Bouncy Castle and
 * without the network: its signature-time-stamps and archive time-stamps, and the certificates, CRLs and OCSP
 * responses in its SignedData, in its time-stamp tokens' SignedData and in any certificate-values or
 * revocation-values attribute. A part that is not what its identifier promises is reported and left out; nothing
 * here throws.
 */
final class LongTermInventory {

    /** ETSI EN 319 122-1, 5.5.3: archive-time-stamp-v3. */
    static final ASN1ObjectIdentifier ARCHIVE_TIMESTAMP_V3 = new ASN1ObjectIdentifier("0.4.0.1733.2.4");
    /** ETSI EN 319 122-1, 5.3: signature-time-stamp (id-aa-signatureTimeStampToken, 1.2.840.113549.1.9.16.2.14). */
    static final ASN1ObjectIdentifier SIGNATURE_TIMESTAMP = PKCSObjectIdentifiers.id_aa_signatureTimeStampToken;
    /** ETSI EN 319 122-1, 5.4.3 and 5.4.4 (the older way to embed validation data): certificate-values, revocation-values. */
    static final ASN1ObjectIdentifier CERTIFICATE_VALUES = PKCSObjectIdentifiers.id_aa_ets_certValues;
    static final ASN1ObjectIdentifier REVOCATION_VALUES = PKCSObjectIdentifiers.id_aa_ets_revocationValues;
    /** RFC 5940 section 4.1: an OCSPResponse as RevocationInfoChoice other (id-ri-ocsp-response, 1.3.6.1.5.5.7.16.2). */
    static final ASN1ObjectIdentifier OCSP_RESPONSE = CMSObjectIdentifiers.id_ri_ocsp_response;

    private final Set<X509CertificateHolder> certificates = new LinkedHashSet<>();
    private final Set<CertificateList> crls = new LinkedHashSet<>();
    private final Set<BasicOCSPResponse> ocsp = new LinkedHashSet<>();
    private final List<Phrase> unreadable = new ArrayList<>();

    private LongTermInventory() {
    }

    /** What the DER or BER CMS SignedData {@code signature} carries; its first signer's, as the verifier checks only one. */
    static LongTermData of(byte[] signature) {
        CMSSignedData signed;
        SignerInformation signer;
        try {
            signed = new CMSSignedData(signature);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return LongTermData.unreadable(Phrase.of(Sentence.LONG_TERM_UNREADABLE, "no signer"));
            }
            signer = signers.iterator().next();
        } catch (Exception e) {
            return LongTermData.unreadable(Phrase.of(Sentence.LONG_TERM_UNREADABLE, String.valueOf(e.getMessage())));
        }
        return new LongTermInventory().read(signed, signer);
    }

    private LongTermData read(CMSSignedData signed, SignerInformation signer) {
        validationData(signed.toASN1Structure(), Phrase.of(Sentence.THE_SIGNATURE));
        List<TimeStampToken> signatureTimestamps = new ArrayList<>();
        List<TimeStampToken> archiveTimestamps = new ArrayList<>();
        ASN1Set unsigned = signer.toASN1Structure().getUnauthenticatedAttributes();
        int position = 0;
        for (ASN1Encodable element : unsigned == null ? new ASN1Encodable[0] : unsigned.toArray()) {
            position++;
            Attribute attribute;
            try {
                attribute = Attribute.getInstance(element);
                attribute.getAttrValues().toArray();
            } catch (RuntimeException e) {
                unreadable.add(Phrase.of(Sentence.UNSIGNED_ATTRIBUTE_UNREADABLE, position, String.valueOf(e.getMessage())));
                continue;
            }
            ASN1ObjectIdentifier type = attribute.getAttrType();
            for (ASN1Encodable value : attribute.getAttrValues().toArray()) {
                if (type.equals(SIGNATURE_TIMESTAMP)) {
                    token(value, Phrase.of(Sentence.THE_SIGNATURE_TIMESTAMP)).ifPresent(signatureTimestamps::add);
                } else if (type.equals(ARCHIVE_TIMESTAMP_V3)) {
                    token(value, Phrase.of(Sentence.ARCHIVE_TIMESTAMP_NUMBER, archiveTimestamps.size() + 1))
                            .ifPresent(archiveTimestamps::add);
                } else if (type.equals(CERTIFICATE_VALUES)) {
                    certificateValues(value);
                } else if (type.equals(REVOCATION_VALUES)) {
                    revocationValues(value);
                }
            }
        }

        List<X509CertificateHolder> pool = List.copyOf(certificates);
        RevocationCoverage coverage = new RevocationCoverage(pool, List.copyOf(crls), List.copyOf(ocsp));
        follow(coverage, signer.getSID(), pool, Phrase.of(Sentence.THE_SIGNATURE));
        for (TimeStampToken token : signatureTimestamps) {
            follow(coverage, token.getSID(), pool, Phrase.of(Sentence.THE_SIGNATURE_TIMESTAMP));
        }
        boolean longTerm = coverage.uncovered().isEmpty() && coverage.gaps().isEmpty();
        List<LongTermData.Stamp> stamps = new ArrayList<>();
        for (int i = 0; i < archiveTimestamps.size(); i++) {
            TimeStampToken token = archiveTimestamps.get(i);
            follow(coverage, token.getSID(), pool, Phrase.of(Sentence.ARCHIVE_TIMESTAMP_NUMBER, i + 1));
            stamps.add(new LongTermData.Stamp(genTime(token), authority(token, pool)));
        }

        CadesLevel level = signatureTimestamps.isEmpty() ? CadesLevel.B
                : !longTerm ? CadesLevel.T
                : archiveTimestamps.isEmpty() ? CadesLevel.LT
                : CadesLevel.LTA;
        return new LongTermData(Optional.of(level), signatureTimestamps.stream().findFirst().map(LongTermInventory::genTime),
                stamps, certificates.size(), crls.size(), ocsp.size(), coverage.covered(), coverage.uncovered(), coverage.gaps(),
                unreadable);
    }

    private static void follow(RevocationCoverage coverage, SignerId id, List<X509CertificateHolder> pool, Phrase whose) {
        pool.stream().filter(id::match).findFirst().ifPresentOrElse(coverage::follow, () -> coverage.missing(whose));
    }

    /**
     * An RFC 3161 token (RFC 3161 section 2.4.2: a ContentInfo holding SignedData over a TSTInfo); its own SignedData's
     * certificates and revocation data join the pool, where archive time-stamps carry the latest validation data.
     */
    private Optional<TimeStampToken> token(ASN1Encodable value, Phrase which) {
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(value));
            token.getTimeStampInfo().getGenTime();
            validationData(token.toCMSSignedData().toASN1Structure(), which);
            return Optional.of(token);
        } catch (Exception e) {
            unreadable.add(Phrase.of(Sentence.NOT_A_TOKEN, which, String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    /** RFC 5652 section 5.1: SignedData.certificates (CertificateChoices) and SignedData.crls (RevocationInfoChoices). */
    private void validationData(ContentInfo contentInfo, Phrase whose) {
        SignedData data;
        try {
            data = SignedData.getInstance(contentInfo.getContent());
        } catch (RuntimeException e) {
            unreadable.add(Phrase.of(Sentence.VALIDATION_DATA_UNREADABLE, whose, String.valueOf(e.getMessage())));
            return;
        }
        ASN1Set certificateSet = data.getCertificates();
        for (ASN1Encodable choice : certificateSet == null ? new ASN1Encodable[0] : certificateSet.toArray()) {
            if (choice.toASN1Primitive() instanceof ASN1Sequence) {
                certificate(choice, whose);
            }
        }
        ASN1Set revocationSet = data.getCRLs();
        for (ASN1Encodable choice : revocationSet == null ? new ASN1Encodable[0] : revocationSet.toArray()) {
            try {
                if (choice.toASN1Primitive() instanceof ASN1TaggedObject tagged) {
                    other(OtherRevocationInfoFormat.getInstance(tagged, false));
                } else {
                    crls.add(CertificateList.getInstance(choice));
                }
            } catch (RuntimeException e) {
                unreadable.add(Phrase.of(Sentence.VALIDATION_DATA_UNREADABLE, whose, String.valueOf(e.getMessage())));
            }
        }
    }

    /** An OCSPResponse (id-ri-ocsp-response) or a bare BasicOCSPResponse (id-pkix-ocsp-basic), as DSS also writes it. */
    private void other(OtherRevocationInfoFormat other) {
        if (other.getInfoFormat().equals(OCSP_RESPONSE)) {
            ocspResponse(OCSPResponse.getInstance(other.getInfo()));
        } else if (other.getInfoFormat().equals(OCSPObjectIdentifiers.id_pkix_ocsp_basic)) {
            ocsp.add(basic(BasicOCSPResponse.getInstance(other.getInfo())));
        }
    }

    /** RFC 6960 section 4.2.1: only a successful response with basic response bytes holds answers. */
    private void ocspResponse(OCSPResponse response) {
        ResponseBytes bytes = response.getResponseBytes();
        if (bytes != null && bytes.getResponseType().equals(OCSPObjectIdentifiers.id_pkix_ocsp_basic)) {
            ocsp.add(basic(BasicOCSPResponse.getInstance(ASN1OctetString.getInstance(bytes.getResponse()).getOctets())));
        }
    }

    /** Parsed through to its answers now, so a broken one is refused here rather than where it is matched. */
    private static BasicOCSPResponse basic(BasicOCSPResponse response) {
        response.getTbsResponseData().getResponses().toArray();
        new org.bouncycastle.cert.ocsp.BasicOCSPResp(response).getResponses();
        return response;
    }

    private void certificate(ASN1Encodable encoded, Phrase whose) {
        try {
            certificates.add(new X509CertificateHolder(Certificate.getInstance(encoded)));
        } catch (RuntimeException e) {
            unreadable.add(Phrase.of(Sentence.VALIDATION_DATA_UNREADABLE, whose, String.valueOf(e.getMessage())));
        }
    }

    /** ETSI EN 319 122-1, 5.4.3: certificate-values, a SEQUENCE OF Certificate. */
    private void certificateValues(ASN1Encodable value) {
        try {
            for (ASN1Encodable encoded : ASN1Sequence.getInstance(value).toArray()) {
                certificate(encoded, Phrase.of(Sentence.THE_SIGNATURE));
            }
        } catch (RuntimeException e) {
            unreadable.add(Phrase.of(Sentence.VALIDATION_DATA_UNREADABLE, Phrase.of(Sentence.THE_SIGNATURE), String.valueOf(e.getMessage())));
        }
    }

    /** ETSI EN 319 122-1, 5.4.4: revocation-values, CRLs and basic OCSP responses. */
    private void revocationValues(ASN1Encodable value) {
        try {
            RevocationValues values = RevocationValues.getInstance(value);
            crls.addAll(List.of(values.getCrlVals()));
            for (BasicOCSPResponse response : values.getOcspVals()) {
                ocsp.add(basic(response));
            }
        } catch (RuntimeException e) {
            unreadable.add(Phrase.of(Sentence.VALIDATION_DATA_UNREADABLE, Phrase.of(Sentence.THE_SIGNATURE), String.valueOf(e.getMessage())));
        }
    }

    private static Instant genTime(TimeStampToken token) {
        return token.getTimeStampInfo().getGenTime().toInstant();
    }

    /** The subject of the certificate that signed the token, else the TSA name it states (RFC 3161 section 2.4.2), else "?". */
    private static String authority(TimeStampToken token, List<X509CertificateHolder> pool) {
        return pool.stream().filter(token.getSID()::match).findFirst().map(RevocationCoverage::name)
                .or(() -> Optional.ofNullable(token.getTimeStampInfo().getTsa()).map(Object::toString))
                .orElse("?");
    }
}
