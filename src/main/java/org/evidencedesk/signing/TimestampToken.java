package org.evidencedesk.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * An RFC 3161 time-stamp token as stored beside what it stamps: the DER bytes (what a verifier
 * checks) and, read from them, the facts shown on a page.
 */
public final class TimestampToken {

    private final byte[] encoded;
    private final Instant genTime;
    private final BigInteger serialNumber;
    private final String policy;
    private final Optional<String> tsaName;

    public TimestampToken(byte[] encoded, Instant genTime, BigInteger serialNumber, String policy, Optional<String> tsaName) {
        this.encoded = encoded.clone();
        this.genTime = Objects.requireNonNull(genTime, "genTime");
        this.serialNumber = Objects.requireNonNull(serialNumber, "serialNumber");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.tsaName = Objects.requireNonNull(tsaName, "tsaName");
    }

    static TimestampToken of(TimeStampToken token) {
        TimeStampTokenInfo info = token.getTimeStampInfo();
        GeneralName tsa = info.getTsa();
        Optional<String> tsaName = Optional.ofNullable(tsa).map(name -> name.getTagNo() == GeneralName.directoryName
                ? Certificates.displayName(X500Name.getInstance(name.getName()))
                : name.getName().toString());
        try {
            return new TimestampToken(token.getEncoded(ASN1Encoding.DER), info.getGenTime().toInstant(),
                    info.getSerialNumber(), info.getPolicy().getId(), tsaName);
        } catch (IOException e) {
            throw new UncheckedIOException("A token just parsed cannot be re-encoded", e);
        }
    }

    /** The DER-encoded token (a CMS SignedData over a TSTInfo), as {@code openssl ts -verify -token_in} reads it. */
    public byte[] encoded() {
        return encoded.clone();
    }

    public Instant genTime() {
        return genTime;
    }

    public BigInteger serialNumber() {
        return serialNumber;
    }

    public String policy() {
        return policy;
    }

    public Optional<String> tsaName() {
        return tsaName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimestampToken token && Arrays.equals(encoded, token.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "TimestampToken[serial " + serialNumber + ", " + genTime + ", policy " + policy + "]";
    }
}
