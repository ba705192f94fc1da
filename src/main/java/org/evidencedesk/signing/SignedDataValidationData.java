package org.evidencedesk.signing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.OtherRevocationInfoFormat;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.ocsp.OCSPResponse;

/**
 * Validation data carried where CAdES puts it (ETSI EN 319 122-1, 5.5.1, BASELINE-LT): certificates in
 * SignedData.certificates, CRLs and OCSP responses in SignedData.crls, an OCSP response as the RevocationInfoChoice
 * {@code other} with id-ri-ocsp-response (RFC 5940, 2.2). Both fields are outside what is signed, so the signature
 * and any token it carries stay valid; what is already there is kept as it is and never repeated.
 */
final class SignedDataValidationData {

    private SignedDataValidationData() {
    }

    /** {@code signedData} with every certificate, CRL and OCSP response of {@code data} it did not carry yet. */
    static SignedData with(SignedData signedData, ValidationData data) {
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        Set<ByteBuffer> presentCertificates = copy(signedData.getCertificates(), certificates);
        ASN1EncodableVector revocations = new ASN1EncodableVector();
        Set<ByteBuffer> presentRevocations = copy(signedData.getCRLs(), revocations);
        try {
            for (X509Certificate certificate : data.certificates()) {
                addNew(ASN1Primitive.fromByteArray(certificate.getEncoded()), certificates, presentCertificates);
            }
            for (X509CRL crl : data.crls()) {
                addNew(ASN1Primitive.fromByteArray(crl.getEncoded()), revocations, presentRevocations);
            }
            for (byte[] response : data.ocspResponses()) {
                OtherRevocationInfoFormat other = new OtherRevocationInfoFormat(CMSObjectIdentifiers.id_ri_ocsp_response,
                        OCSPResponse.getInstance(response));
                addNew(new DERTaggedObject(false, 1, other), revocations, presentRevocations);
            }
        } catch (IOException | CertificateEncodingException | CRLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Validation data that cannot be encoded: " + e.getMessage(), e);
        }
        return new SignedData(signedData.getDigestAlgorithms(), signedData.getEncapContentInfo(),
                certificates.size() == 0 ? null : new DERSet(certificates),
                revocations.size() == 0 ? null : new DERSet(revocations), signedData.getSignerInfos());
    }

    private static Set<ByteBuffer> copy(ASN1Set elements, ASN1EncodableVector into) {
        Set<ByteBuffer> present = new HashSet<>();
        if (elements != null) {
            for (ASN1Encodable element : elements) {
                into.add(element);
                present.add(ByteBuffer.wrap(ArchiveTimestampV3.der(element)));
            }
        }
        return present;
    }

    private static void addNew(ASN1Encodable element, ASN1EncodableVector into, Set<ByteBuffer> present) {
        if (present.add(ByteBuffer.wrap(ArchiveTimestampV3.der(element)))) {
            into.add(element);
        }
    }
}
