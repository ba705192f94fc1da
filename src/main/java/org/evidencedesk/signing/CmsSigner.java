package org.evidencedesk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * CAdES detached signatures as CMS SignedData, SHA-256, carrying the whole certificate chain and the
 * signed attributes content-type, message-digest, signing-time and signing-certificate-v2, the last
 * binding the signer's certificate into what is signed (ETSI EN 319 122-1, CAdES-BASELINE-B).
 * Thread-safe: each signature gets its own Bouncy Castle signer.
 */
public final class CmsSigner implements Signer {

    private final Credential signing;
    private final Optional<Clock> signingTime;

    public CmsSigner(Credential signing, Clock clock) {
        this(signing, Optional.of(Objects.requireNonNull(clock, "clock")));
    }

    private CmsSigner(Credential signing, Optional<Clock> signingTime) {
        this.signing = Objects.requireNonNull(signing, "signing");
        this.signingTime = signingTime;
    }

    /**
     * The same signatures without the signing-time attribute, as a PDF signature needs: PAdES
     * (ETSI EN 319 142-1, 5.4.1 and 6.3) forbids it in the CMS and takes the time from the signature
     * dictionary's {@code /M} instead.
     */
    public static CmsSigner forPdf(Credential signing) {
        return new CmsSigner(signing, Optional.empty());
    }

    @Override
    public byte[] signDetached(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfoGenerator());
            generator.addCertificates(new JcaCertStore(signing.chain()));
            return generator.generate(new StreamedContent(content), false).getEncoded(ASN1Encoding.DER);
        } catch (CMSException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Cannot sign", e);
        } catch (CertificateEncodingException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot sign with " + signing, e);
        }
    }

    @Override
    public byte[] addSignatureTimestamp(byte[] signedData, Timestamper timestamper) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(signedData);
        } catch (CMSException | RuntimeException e) {
            throw new IllegalArgumentException("Not a CMS SignedData: " + e.getMessage(), e);
        }
        List<SignerInformation> stamped = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            TimestampToken token = timestamper.stamp(DigestAlgorithm.SHA256.digest(signer.getSignature()));
            AttributeTable unsigned = signer.getUnsignedAttributes() == null
                    ? new AttributeTable(new ASN1EncodableVector())
                    : signer.getUnsignedAttributes();
            unsigned = unsigned.add(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, ContentInfo.getInstance(token.encoded()));
            stamped.add(SignerInformation.replaceUnsignedAttributes(signer, unsigned));
        }
        try {
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped)).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the time-stamped signature", e);
        }
    }

    private SignerInfoGenerator signerInfoGenerator() throws OperatorCreationException, CertificateEncodingException {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        // Set here rather than left to Bouncy Castle's own clock, so the time comes from the application's clock.
        signingTime.ifPresent(clock -> attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant()))))));
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificateV2(signing.certificate()))));
        return new JcaSignerInfoGeneratorBuilder(BouncyCastle.digestCalculators())
                .setSignedAttributeGenerator(new SignedAttributes(new AttributeTable(attributes), signingTime.isPresent()))
                .build(BouncyCastle.contentSigner(signing.privateKey()), signing.certificate());
    }

    /** RFC 5035: the SHA-256 of the certificate (the default algorithm, so left implicit) and its issuer and serial. */
    static SigningCertificateV2 signingCertificateV2(X509Certificate certificate) throws CertificateEncodingException {
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2(DigestAlgorithm.SHA256.digest(certificate.getEncoded()), issuerSerial));
    }

    /**
     * Bouncy Castle's default signed attributes, minus the signing-time it adds on its own when the
     * table holds none, unless this signer is one that states the time.
     */
    private static final class SignedAttributes extends DefaultSignedAttributeTableGenerator {

        private final boolean withSigningTime;

        SignedAttributes(AttributeTable attributes, boolean withSigningTime) {
            super(attributes);
            this.withSigningTime = withSigningTime;
        }

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            AttributeTable attributes = super.getAttributes(parameters);
            return withSigningTime ? attributes : attributes.remove(CMSAttributes.signingTime);
        }
    }

    /** Content Bouncy Castle pulls through its digest once, as a stream; detached, so it is never stored. */
    private static final class StreamedContent implements CMSTypedData {

        private final InputStream content;

        StreamedContent(InputStream content) {
            this.content = Objects.requireNonNull(content, "content");
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            content.transferTo(out);
        }

        /** Non-null, or the generator would skip the content and sign an empty digest. */
        @Override
        public Object getContent() {
            return content;
        }
    }
}
