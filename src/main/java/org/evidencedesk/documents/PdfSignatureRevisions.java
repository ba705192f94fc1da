package org.evidencedesk.documents;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The signatures of a PDF in the order they were appended, each read from its {@code /Contents}: CMS
 * signatures ({@code ETSI.CAdES.detached}, {@code adbe.pkcs7.detached}) and document time-stamps
 * ({@code /SubFilter /ETSI.RFC3161}, ETSI EN 319 142-1 section 5.4.3), with the certificate chains they carry,
 * which is what the long-term levels need validation data for.
 */
final class PdfSignatureRevisions {

    static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";

    private PdfSignatureRevisions() {
    }

    /**
     * One signature of the PDF.
     *
     * @param cms the CMS SignedData from {@code /Contents}, without the zeros that pad it
     * @param documentTimestamp whether it is a document time-stamp, the CMS then being an RFC 3161 token
     * @param signedUpTo where its byte range ends: a later signature's ends further on
     */
    record Revision(CMSSignedData cms, boolean documentTimestamp, long signedUpTo) {

        /** The signer's certificate and, as far as the CMS carries them, its issuers up to a self-signed root. */
        List<X509Certificate> signerChain() {
            return chain(cms);
        }

        /** The chains of the signature-time-stamp tokens in the signer's unsigned attributes (RFC 3161 appendix A). */
        List<List<X509Certificate>> signatureTimestampChains() {
            return signatureTimestamps().stream().map(token -> chain(token.toCMSSignedData())).toList();
        }

        /** The signature-time-stamp tokens of the signer, in the order they were added. */
        List<TimeStampToken> signatureTimestamps() {
            List<TimeStampToken> tokens = new ArrayList<>();
            AttributeTable unsigned = signer(cms).getUnsignedAttributes();
            if (unsigned == null) {
                return tokens;
            }
            for (Attribute attribute : unsigned.toASN1Structure().getAttributes()) {
                if (attribute.getAttrType().equals(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)) {
                    for (ASN1Encodable value : attribute.getAttrValues()) {
                        tokens.add(token(value));
                    }
                }
            }
            return tokens;
        }

        /** The document time-stamp's token. */
        TimeStampToken timestamp() {
            if (!documentTimestamp) {
                throw new IllegalStateException("Not a document time-stamp");
            }
            try {
                return new TimeStampToken(cms);
            } catch (TSPException | IOException e) {
                throw new IllegalArgumentException("A document time-stamp that is not an RFC 3161 token: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Every signature and document time-stamp of {@code pdf}, oldest first.
     *
     * @throws IllegalArgumentException if {@code pdf} is not a PDF or holds a signature that is not a CMS
     */
    static List<Revision> of(byte[] pdf) {
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a PDF: " + e.getMessage(), e);
        }
        try (document) {
            List<Revision> revisions = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                int[] range = signature.getByteRange();
                if (range == null || range.length != 4) {
                    throw new IllegalArgumentException("A signature without a byte range");
                }
                revisions.add(new Revision(cms(signature.getContents(pdf)), DOCUMENT_TIMESTAMP.equals(signature.getSubFilter()),
                        (long) range[2] + range[3]));
            }
            revisions.sort(Comparator.comparingLong(Revision::signedUpTo));
            return revisions;
        } catch (IOException e) {
            throw new IllegalArgumentException("A PDF whose signatures cannot be read: " + e.getMessage(), e);
        }
    }

    /** The newest document time-stamp, if the PDF has one. */
    static Optional<Revision> newestDocumentTimestamp(List<Revision> revisions) {
        return revisions.stream().filter(Revision::documentTimestamp).reduce((first, second) -> second);
    }

    /** The newest signature that is not a document time-stamp, if the PDF has one. */
    static Optional<Revision> newestSignature(List<Revision> revisions) {
        return revisions.stream().filter(revision -> !revision.documentTimestamp()).reduce((first, second) -> second);
    }

    /** The certificate that signed {@code cms} and its issuers found among the certificates it carries. */
    static List<X509Certificate> chain(CMSSignedData cms) {
        Collection<X509CertificateHolder> carried = cms.getCertificates().getMatches(null);
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> own = cms.getCertificates().getMatches(signer(cms).getSID());
        if (own.isEmpty()) {
            throw new IllegalArgumentException("The signature does not carry its signer's certificate");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : carried) {
            certificates.add(certificate(holder));
        }
        List<X509Certificate> chain = new ArrayList<>(List.of(certificate(own.iterator().next())));
        while (chain.size() <= certificates.size()) {
            X509Certificate last = chain.get(chain.size() - 1);
            if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                break;
            }
            Optional<X509Certificate> issuer = certificates.stream().filter(candidate -> issued(candidate, last)).findFirst();
            if (issuer.isEmpty()) {
                break;
            }
            chain.add(issuer.get());
        }
        return List.copyOf(chain);
    }

    private static boolean issued(X509Certificate issuer, X509Certificate certificate) {
        if (!issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static SignerInformation signer(CMSSignedData cms) {
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new IllegalArgumentException("A PDF signature has exactly one signer, not " + signers.size());
        }
        return signers.iterator().next();
    }

    private static CMSSignedData cms(byte[] contents) {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return new CMSSignedData(in.readObject().getEncoded(ASN1Encoding.DER));
        } catch (IOException | CMSException | RuntimeException e) {
            throw new IllegalArgumentException("A PDF signature that is not a CMS SignedData: " + e.getMessage(), e);
        }
    }

    private static TimeStampToken token(ASN1Encodable encoded) {
        try {
            return new TimeStampToken(new CMSSignedData(ContentInfo.getInstance(encoded)));
        } catch (TSPException | CMSException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("A signature-time-stamp that is not an RFC 3161 token: " + e.getMessage(), e);
        }
    }

    private static X509Certificate certificate(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("A certificate the signature carries cannot be read: " + e.getMessage(), e);
        }
    }
}
