package org.evidencedesk.renewal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.evidencedesk.archive.SignatureKind;

/**
 * The times of the RFC 3161 time-stamp tokens a stored signature holds, read independently of the implementation
 * that added them: the job checks that a renewal holds one token more than before, and records the newest token's time
 * in the custody entry. In a CMS signature the tokens are unsigned attributes of its signers (the signature time-stamp
 * and the archive time-stamps, ETSI EN 319 122-1 §5.3 and §5.5.2/§5.5.3); in a PDF, the document time-stamps
 * (/SubFilter ETSI.RFC3161, EN 319 142-1 §5.4) and the tokens inside each CMS signature.
 */
final class TimestampTimes {

    private TimestampTimes() {
    }

    /** The genTime of every token in the signature, in no particular order. */
    static List<Instant> in(SignatureKind kind, byte[] signature) {
        return kind == SignatureKind.RULING ? inPdf(signature) : inCms(signature);
    }

    private static List<Instant> inCms(byte[] signature) {
        try {
            return tokensOf(new CMSSignedData(signature));
        } catch (CMSException e) {
            throw new IllegalArgumentException("Not a CMS signature: " + e.getMessage(), e);
        }
    }

    private static List<Instant> tokensOf(CMSSignedData signed) {
        List<Instant> times = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos()) {
            if (signer.getUnsignedAttributes() == null) {
                continue;
            }
            ASN1EncodableVector attributes = signer.getUnsignedAttributes().toASN1EncodableVector();
            for (int index = 0; index < attributes.size(); index++) {
                for (ASN1Encodable value : Attribute.getInstance(attributes.get(index)).getAttributeValues()) {
                    tokenTime(value).ifPresent(times::add);
                }
            }
        }
        return times;
    }

    private static Optional<Instant> tokenTime(ASN1Encodable value) {
        try {
            return Optional.of(new TimeStampToken(ContentInfo.getInstance(value)).getTimeStampInfo().getGenTime().toInstant());
        } catch (TSPException | IOException | IllegalArgumentException | IllegalStateException e) {
            // An unsigned attribute that is not a token (validation data, an index): not counted.
            return Optional.empty();
        }
    }

    private static List<Instant> inPdf(byte[] pdf) {
        List<Instant> times = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                ContentInfo contents = unpadded(signature.getContents(pdf));
                if ("ETSI.RFC3161".equals(signature.getSubFilter())) {
                    times.add(new TimeStampToken(contents).getTimeStampInfo().getGenTime().toInstant());
                } else {
                    times.addAll(tokensOf(new CMSSignedData(contents)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF cannot be read", e);
        } catch (TSPException | CMSException e) {
            throw new IllegalArgumentException("A signature in the PDF cannot be read: " + e.getMessage(), e);
        }
        return times;
    }

    /** A signature's /Contents is zero-padded to its reserved size (ISO 32000-1 §12.8.1): the DER object is its start. */
    private static ContentInfo unpadded(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }
}
