package org.evidencedesk.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.signing.ArchiveTimestamps;
import org.evidencedesk.signing.Timestamper;

/**
 * A small, real {@link ArchiveTimestamps} for signed PDFs, for the renewal tests until the PAdES-LTA one is merged: an
 * incremental update adding a document time-stamp (/Type /DocTimeStamp, /SubFilter ETSI.RFC3161, ETSI EN 319 142-1
 * §5.4), a real RFC 3161 token from the installation's evidence authority over the byte ranges. No DSS dictionary:
 * the job only relies on the port's contract. Its {@link #renewBy} is the newest document time-stamp's time (else the
 * signature's signing date) plus {@link AppendedArchiveTimestamps#LIFETIME}.
 */
@ApplicationScoped
public class DocumentTimestamps implements ArchiveTimestamps {

    private static final int TOKEN_SPACE = 16_384;

    @Inject
    private Timestamper authority;

    @Override
    public byte[] renew(byte[] signature, byte[] content) {
        try (PDDocument document = load(signature); SignatureOptions options = new SignatureOptions()) {
            PDSignature stamp = new PDSignature();
            stamp.setType(COSName.DOC_TIME_STAMP);
            stamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            stamp.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            options.setPreferredSignatureSize(TOKEN_SPACE);
            document.addSignature(stamp, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport signing = document.saveIncrementalForExternalSigning(out);
            byte[] digest;
            try (InputStream covered = signing.getContent()) {
                digest = Sha256.of(covered.readAllBytes());
            }
            signing.setSignature(authority.stamp(digest).encoded());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Instant renewBy(byte[] signature) {
        try (PDDocument document = load(signature)) {
            Optional<Instant> newest = Optional.empty();
            Optional<Instant> signed = Optional.empty();
            for (PDSignature dictionary : document.getSignatureDictionaries()) {
                if ("ETSI.RFC3161".equals(dictionary.getSubFilter())) {
                    Instant at;
                    try (ASN1InputStream padded = new ASN1InputStream(dictionary.getContents(signature))) {
                        at = new TimeStampToken(ContentInfo.getInstance(padded.readObject())).getTimeStampInfo().getGenTime().toInstant();
                    }
                    newest = newest.filter(previous -> previous.isAfter(at)).or(() -> Optional.of(at));
                } else if (dictionary.getSignDate() != null) {
                    signed = Optional.of(dictionary.getSignDate()).map(Calendar::toInstant);
                }
            }
            Optional<Instant> latest = newest.isPresent() ? newest : signed;
            return latest.orElseThrow(() -> new IllegalArgumentException("The PDF holds no signature")).plus(AppendedArchiveTimestamps.LIFETIME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TSPException e) {
            throw new IllegalArgumentException("A document time-stamp holds no token", e);
        }
    }

    private static PDDocument load(byte[] pdf) {
        if (pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F') {
            throw new IllegalArgumentException("Not a PDF");
        }
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable PDF", e);
        }
    }
}
