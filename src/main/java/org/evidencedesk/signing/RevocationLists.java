package org.evidencedesk.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/** Signs certificate revocation lists (RFC 5280 section 5) for the root and for the issuing CAs. */
final class RevocationLists {

    private RevocationLists() {
    }

    /**
     * A CRL of {@code issuer} listing {@code revocations}, plus every entry of {@code carried} (the issuer's previous
     * CRL, whose entries a later one must keep: RFC 5280 section 3.3, an entry stays until the certificate expires).
     */
    static X509CRL sign(Credential issuer, BigInteger number, Instant thisUpdate, Instant nextUpdate, List<Revocation> revocations,
            Optional<X509CRL> carried) {
        X509Certificate certificate = issuer.certificate();
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                    Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            if (carried.isPresent()) {
                builder.addCRL(new X509CRLHolder(carried.get().getEncoded()));
            }
            for (Revocation revocation : revocations) {
                builder.addCRLEntry(revocation.serialNumber(), Date.from(revocation.revokedAt()), entryExtensions(revocation.reason()));
            }
            // Section 5.2.3 (CRL number, monotonically increasing) and 5.2.1 (authority key identifier), both required.
            builder.addExtension(Extension.cRLNumber, false, new ASN1Integer(number));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            X509CRLHolder signed = builder.build(BouncyCastle.contentSigner(issuer.privateKey()));
            return read(signed.getEncoded());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot sign the CRL of " + certificate.getSubjectX500Principal().getName(), e);
        }
    }

    /** Section 5.3.1: the reason code should be absent rather than "unspecified". */
    private static Extensions entryExtensions(RevocationReason reason) throws IOException {
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        if (reason != RevocationReason.UNSPECIFIED) {
            extensions.addExtension(Extension.reasonCode, false, CRLReason.lookup(reason.code()));
        }
        return extensions.isEmpty() ? null : extensions.generate();
    }

    static X509CRL read(byte[] der) throws CRLException {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new CRLException("No X.509 certificate factory", e);
        }
    }

    /** The CRL number a CRL states (section 5.2.3), zero when it states none. */
    static BigInteger number(X509CRL crl) {
        byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
        if (value == null) {
            return BigInteger.ZERO;
        }
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(value).getOctets()).getValue();
    }
}
