package org.evidencedesk.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;

/**
 * What an archive-time-stamp-v3 of CAdES stamps (ETSI EN 319 122-1 V1.1.1, 5.5.2 and 5.5.3): the signed content's
 * digest and the signer's signed fields, and through the ats-hash-index-v3 one hash for every certificate, every
 * revocation value and every unsigned attribute value present when it is requested. Validation data added later
 * (by the next renewal) lies outside the index, so it does not break an earlier archive time-stamp.
 */
final class ArchiveTimestampV3 {

    /** id-aa-ets-archiveTimestampV3 (EN 319 122-1, 5.5.3). */
    static final ASN1ObjectIdentifier ATTRIBUTE = new ASN1ObjectIdentifier("0.4.0.1733.2.4");

    /** id-aa-ATSHashIndex-v3 (EN 319 122-1, 5.5.2): an unsigned attribute of the archive time-stamp token itself. */
    static final ASN1ObjectIdentifier HASH_INDEX = new ASN1ObjectIdentifier("0.4.0.19122.1.5");

    private ArchiveTimestampV3() {
    }

    /**
     * The ATSHashIndexV3 for {@code signer} of {@code signedData} as it is now (5.5.2): the hash algorithm stated
     * (V3 makes it mandatory), then the hash of each CertificateChoices in certificates, of each
     * RevocationInfoChoice in crls (a CRL, or an OCSP response as other revocation information, tag and all), and of
     * attrType concatenated with each one of the attrValues of every unsigned attribute.
     */
    static ASN1Sequence hashIndex(SignedData signedData, SignerInfo signer, DigestAlgorithm algorithm) {
        ASN1EncodableVector certificates = hashes(signedData.getCertificates(), algorithm);
        ASN1EncodableVector revocations = hashes(signedData.getCRLs(), algorithm);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        ASN1Set unsigned = signer.getUnauthenticatedAttributes();
        if (unsigned != null) {
            for (ASN1Encodable element : unsigned) {
                Attribute attribute = Attribute.getInstance(element);
                byte[] type = der(attribute.getAttrType());
                for (ASN1Encodable value : attribute.getAttrValues()) {
                    MessageDigest digest = algorithm.newDigest();
                    digest.update(type);
                    digest.update(der(value));
                    attributes.add(new DEROctetString(digest.digest()));
                }
            }
        }
        return new DERSequence(new ASN1Encodable[] {algorithm.identifier(), new DERSequence(certificates),
                new DERSequence(revocations), new DERSequence(attributes)});
    }

    /**
     * The message imprint the archive time-stamp is requested over (5.5.3): the digest of the concatenation of
     * eContentType, the content's digest (same algorithm), the signer's version, sid, digestAlgorithm, signedAttrs
     * (with its [0] tag), signatureAlgorithm and signature, and the ats-hash-index-v3 value, each DER as it appears.
     *
     * @param contentDigest the digest, by {@code algorithm}, of the content the message-digest attribute covers
     */
    static byte[] imprint(SignedData signedData, SignerInfo signer, byte[] contentDigest, ASN1Sequence hashIndex,
                          DigestAlgorithm algorithm) {
        MessageDigest digest = algorithm.newDigest();
        digest.update(der(signedData.getEncapContentInfo().getContentType()));
        digest.update(contentDigest);
        digest.update(der(signer.getVersion()));
        digest.update(der(signer.getSID()));
        digest.update(der(signer.getDigestAlgorithm()));
        digest.update(der(new DERTaggedObject(false, 0, signer.getAuthenticatedAttributes())));
        digest.update(der(signer.getDigestEncryptionAlgorithm()));
        digest.update(der(signer.getEncryptedDigest()));
        digest.update(der(hashIndex));
        return digest.digest();
    }

    private static ASN1EncodableVector hashes(ASN1Set elements, DigestAlgorithm algorithm) {
        ASN1EncodableVector hashes = new ASN1EncodableVector();
        if (elements != null) {
            for (ASN1Encodable element : elements) {
                hashes.add(new DEROctetString(algorithm.digest(der(element))));
            }
        }
        return hashes;
    }

    static byte[] der(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + value.getClass().getSimpleName(), e);
        }
    }
}
