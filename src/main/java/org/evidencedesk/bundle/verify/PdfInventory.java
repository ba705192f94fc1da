package org.evidencedesk.bundle.verify;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.evidencedesk.shared.Phrase;

/**
 * Reads what a PDF of the bundle (the evidence list) carries for long-term validation: how many signatures and
 * document time-stamps it holds, when each document time-stamp says it existed, and whether its document security
 * store is there (ETSI EN 319 142-1, 5.4 and 5.5: {@code /DSS} in the catalog with {@code /Certs}, {@code /CRLs},
 * {@code /OCSPs}; document time-stamps with {@code /SubFilter /ETSI.RFC3161}). Found, not validated: pdfsig checks the
 * signatures, the EU DSS validator the long-term validation. A part that is not what it must be is said; nothing
 * here throws. The PDF is read under {@link PdfReading}'s cap, which no list the court signs comes near: one that
 * passes it is refused, and fails the bundle as a zip bomb does.
 */
final class PdfInventory {

    static final COSName DSS = COSName.getPDFName("DSS");
    static final COSName CERTS = COSName.getPDFName("Certs");
    static final COSName CRLS = COSName.getPDFName("CRLs");
    static final COSName OCSPS = COSName.getPDFName("OCSPs");
    /** ETSI EN 319 142-1, 5.4.3: a document time-stamp's sub-filter. */
    static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";

    private PdfInventory() {
    }

    /** What the PDF carries, a note; or a failure, if reading it takes in more than its cap. */
    static Finding finding(String check, byte[] pdf) {
        try {
            return Finding.note(check, PdfReading.read(pdf, PdfInventory::of));
        } catch (PdfReading.Exceeded e) {
            return Finding.fail(check, e.phrase());
        } catch (IOException | RuntimeException e) {
            return Finding.note(check, Phrase.of(Sentence.PDF_UNREADABLE, String.valueOf(e.getMessage())));
        }
    }

    /** What the open PDF carries. */
    static Phrase of(PDDocument document) throws IOException {
        List<Phrase> parts = new ArrayList<>();
        int signatures = 0;
        List<Phrase> stamps = new ArrayList<>();
        for (PDSignature signature : document.getSignatureDictionaries()) {
            if (DOCUMENT_TIMESTAMP.equals(signature.getSubFilter())) {
                stamps.add(documentTimestamp(signature, stamps.size() + 1));
            } else {
                signatures++;
            }
        }
        parts.add(Phrase.of(Sentence.PDF_SIGNATURES, signatures, stamps.size()));
        parts.addAll(stamps);
        parts.add(securityStore(document.getDocumentCatalog().getCOSObject().getDictionaryObject(DSS)));
        return Sentence.all(parts);
    }

    /** RFC 3161 section 2.4.2: the signature dictionary's {@code /Contents} is the token itself. */
    private static Phrase documentTimestamp(PDSignature signature, int number) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(signature.getContents()));
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            String authority = token.getCertificates().getMatches(null).stream().filter(token.getSID()::match).findFirst()
                    .map(RevocationCoverage::name)
                    .orElseGet(() -> token.getTimeStampInfo().getTsa() == null ? "?" : token.getTimeStampInfo().getTsa().toString());
            return Phrase.of(Sentence.DOCUMENT_TIMESTAMP_AT, number, time, authority);
        } catch (Exception e) {
            return Phrase.of(Sentence.NOT_A_TOKEN, Phrase.of(Sentence.DOCUMENT_TIMESTAMP_NUMBER, number), String.valueOf(e.getMessage()));
        }
    }

    /** ETSI EN 319 142-1, 5.4.2.2: the DSS dictionary and its arrays of streams; a part that is no array counts none. */
    private static Phrase securityStore(COSBase dss) {
        if (dss == null) {
            return Phrase.of(Sentence.PDF_NO_DSS);
        }
        if (!(dss instanceof COSDictionary store)) {
            return Phrase.of(Sentence.PDF_DSS_NOT_DICTIONARY);
        }
        return Phrase.of(Sentence.PDF_DSS, count(store, CERTS), count(store, CRLS), count(store, OCSPS));
    }

    private static int count(COSDictionary store, COSName key) {
        return store.getDictionaryObject(key) instanceof COSArray array ? array.size() : 0;
    }
}
