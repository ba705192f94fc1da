package org.evidencedesk.signing;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;

/**
 * RFC 3161 tokens and replies assembled by hand, bypassing the checks Bouncy Castle's token generator
 * makes, as a forger or a careless authority would.
 */
final class HandMadeTokens {

    private HandMadeTokens() {
    }

    /** A SHA-256 token signed by {@code signer}, its signing-certificate-v2 naming {@code named}; {@code nonce} may be null. */
    static byte[] token(Credential signer, X509Certificate named, byte[] digest, BigInteger nonce, String policy) throws Exception {
        TSTInfo info = new TSTInfo(new ASN1ObjectIdentifier(policy),
                new MessageImprint(DigestAlgorithm.SHA256.identifier(), digest), new ASN1Integer(7),
                new ASN1GeneralizedTime(new Date()), null, null, nonce == null ? null : new ASN1Integer(nonce), null, null);
        Attribute certificateId = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(CmsSigner.signingCertificateV2(named)));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(BouncyCastle.digestCalculators())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(certificateId)))
                .build(BouncyCastle.contentSigner(signer.privateKey()), signer.certificate()));
        generator.addCertificates(new JcaCertStore(signer.chain()));
        return generator.generate(new CMSProcessableByteArray(PKCSObjectIdentifiers.id_ct_TSTInfo, info.getEncoded(ASN1Encoding.DER)), true)
                .getEncoded(ASN1Encoding.DER);
    }

    /** A granted TimeStampResp carrying the token. */
    static byte[] grantedReply(byte[] token) throws Exception {
        return new TimeStampResp(new PKIStatusInfo(PKIStatus.granted), ContentInfo.getInstance(token)).getEncoded(ASN1Encoding.DER);
    }

    /** What {@code evidencedesk.tsa.pin} holds for this certificate. */
    static String fingerprint(X509Certificate certificate) throws Exception {
        return HexFormat.of().formatHex(DigestAlgorithm.SHA256.digest(certificate.getEncoded()));
    }
}
