package org.evidencedesk.bundle.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.evidencedesk.documents.PadesSigner;
import org.evidencedesk.documents.PdfSignatureDetails;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.TestKeys;

/**
 * PDFs at the long-term levels for the tests, made with PDFBox the way a PAdES signer raises them: the application's
 * PadesSigner signs (PAdES-BASELINE-T), an incremental update adds a {@code /DSS} (ETSI EN 319 142-1, 5.4.2.2) and
 * another a document time-stamp ({@code /SubFilter /ETSI.RFC3161}, 5.4.3) from the built-in authority. Or the same
 * with a part that is not what it must be. Public for the bundle tests.
 */
public final class LongTermPdfs {

    private final SigningKeys keys = TestKeys.SHARED;
    private final Clock clock = Clock.systemUTC();
    private final BouncyCastleTimestampAuthority tsa = new BouncyCastleTimestampAuthority(keys.timestamping(), TestKeys.counter(), clock);

    /** A one-page PDF signed at PAdES-BASELINE-T. */
    public byte[] signed() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return new PadesSigner(keys.signing(), clock, Optional.of(tsa))
                    .sign(out.toByteArray(), new PdfSignatureDetails("Evidence list", "Beijing"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PAdES-BASELINE-LTA as far as this reader tells: signed, a /DSS with the chain and the root's CRL, a document time-stamp. */
    public byte[] longTerm(LongTermSignatures signatures) {
        return documentTimestamp(withSecurityStore(signed(), signatures), this::token);
    }

    /** {@code pdf} with a /DSS holding the signer's and the authority's chain and the root's CRL. */
    public byte[] withSecurityStore(byte[] pdf, LongTermSignatures signatures) {
        return withCatalogEntry(pdf, document -> {
            COSDictionary dss = new COSDictionary();
            COSArray certificates = new COSArray();
            for (X509Certificate certificate : List.of(keys.signing().certificate(), keys.timestamping().certificate(), keys.rootCertificate())) {
                certificates.add(stream(document, encoded(certificate)));
            }
            COSArray crls = new COSArray();
            crls.add(stream(document, encoded(signatures.rootCrl())));
            dss.setItem(PdfInventory.CERTS, certificates);
            dss.setItem(PdfInventory.CRLS, crls);
            return dss;
        });
    }

    /** {@code pdf} whose catalog's /DSS is whatever {@code value} makes. */
    public byte[] withCatalogEntry(byte[] pdf, Function<PDDocument, COSBase> value) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), value.apply(document));
            catalog.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pdf} with a document time-stamp whose /Contents is what {@code contents} makes of the SHA-256 of the byte range. */
    public byte[] documentTimestamp(byte[] pdf, Function<byte[], byte[]> contents) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setType(COSName.getPDFName("DocTimeStamp"));
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            signature.setSignDate(Calendar.getInstance());
            options.setPreferredSignatureSize(16 * 1024);
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream range = external.getContent()) {
                sha256.update(range.readAllBytes());
            }
            external.setSignature(contents.apply(sha256.digest()));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real RFC 3161 token over the digest. */
    public byte[] token(byte[] sha256) {
        return tsa.stamp(sha256).encoded();
    }

    private static COSStream stream(PDDocument document, byte[] content) {
        COSStream stream = document.getDocument().createCOSStream();
        try (var out = stream.createOutputStream()) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stream;
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(org.bouncycastle.asn1.x509.CertificateList crl) {
        try {
            return crl.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
