package org.evidencedesk.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** The digests this package accepts in requests, signatures and tokens; SHA-1 and MD5 are refused on purpose. */
enum DigestAlgorithm {

    SHA256(NISTObjectIdentifiers.id_sha256, "SHA-256", 32),
    SHA384(NISTObjectIdentifiers.id_sha384, "SHA-384", 48),
    SHA512(NISTObjectIdentifiers.id_sha512, "SHA-512", 64);

    private final ASN1ObjectIdentifier oid;
    private final String jcaName;
    private final int length;

    DigestAlgorithm(ASN1ObjectIdentifier oid, String jcaName, int length) {
        this.oid = oid;
        this.jcaName = jcaName;
        this.length = length;
    }

    static Optional<DigestAlgorithm> of(ASN1ObjectIdentifier oid) {
        return Arrays.stream(values()).filter(algorithm -> algorithm.oid.equals(oid)).findFirst();
    }

    ASN1ObjectIdentifier oid() {
        return oid;
    }

    AlgorithmIdentifier identifier() {
        return new AlgorithmIdentifier(oid);
    }

    int length() {
        return length;
    }

    MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is required by every Java platform", e);
        }
    }

    byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    @Override
    public String toString() {
        return jcaName;
    }
}
