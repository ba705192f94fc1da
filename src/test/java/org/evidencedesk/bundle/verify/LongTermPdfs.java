package org.evidencedesk.bundle.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
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
import org.evidencedesk.documents.DocumentFont;
import org.evidencedesk.documents.EvidenceListDocument;
import org.evidencedesk.documents.EvidenceListPdf;
import org.evidencedesk.documents.PadesSigner;
import org.evidencedesk.documents.PdfSignatureDetails;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.TestKeys;

/**
 * PDFs at the long-term levels for the tests, made with PDFBox the way a PAdES signer raises them: the application's
 * PadesSigner signs (PAdES-BASELINE-T), an incremental update adds a {@code /DSS} (ETSI EN 319 142-1, 5.4.2.2) and
 * another a document time-stamp ({@code /SubFilter /ETSI.RFC3161}, 5.4.3) from the built-in authority. Or the same
 * with a part that is not what it must be, or of an evidence list as long as a large case's. Public for the bundle
 * tests.
 */
public final class LongTermPdfs {

    /** Debian's WenQuanYi Zen Hei, the application's default font. */
    private static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private final SigningKeys keys = TestKeys.SHARED;
    private final Clock clock = Clock.systemUTC();
    private final BouncyCastleTimestampAuthority tsa = new BouncyCastleTimestampAuthority(keys.timestamping(), TestKeys.counter(), clock);

    /** A one-page PDF signed at PAdES-BASELINE-T. */
    public byte[] signed() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return signed(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pdf} signed at PAdES-BASELINE-T. */
    public byte[] signed(byte[] pdf) {
        return new PadesSigner(keys.signing(), clock, Optional.of(tsa)).sign(pdf, new PdfSignatureDetails("Evidence list", "Beijing"));
    }

    /** PAdES-BASELINE-LTA as far as this reader tells: signed, a /DSS with the chain and the root's CRL, a document time-stamp. */
    public byte[] longTerm(LongTermSignatures signatures) {
        return longTerm(signed(), signatures);
    }

    /** The signed {@code pdf} raised the same way. */
    public byte[] longTerm(byte[] signed, LongTermSignatures signatures) {
        return documentTimestamp(withSecurityStore(signed, signatures), this::token);
    }

    /** An evidence list of {@code items} rows drawn as the export draws it, unsigned: P-00001 onwards, in the default font. */
    public byte[] evidenceList(int items) {
        ZonedDateTime exported = ZonedDateTime.of(2026, 11, 25, 21, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
        List<EvidenceListDocument.Row> rows = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            String hash = HexFormat.of().formatHex(Sha256.of(Integer.toString(i).getBytes(StandardCharsets.US_ASCII)));
            rows.add(new EvidenceListDocument.Row(String.format("P-%05d", i), "商品详情页截图 " + i, "被告销售侵权产品，销售数量与价格",
                    "https://shop.example.com/item/" + i, hash, hash, exported.minusDays(3).plusMinutes(i)));
        }
        try {
            return new EvidenceListPdf(DocumentFont.at(DEFAULT_FONT)).render(new EvidenceListDocument("北京知识产权法院",
                    "(2026)京73民初1024号", List.of("杭州云栈科技有限公司"), List.of("深圳市快购电子商务有限公司"), "李律师 (counsel)", exported, rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
