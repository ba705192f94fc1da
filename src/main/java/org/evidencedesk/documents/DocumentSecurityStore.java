package org.evidencedesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.evidencedesk.signing.ValidationData;

/**
 * Writes validation data into a PDF's document security store, the catalog's {@code /DSS} dictionary
 * (ISO 32000-2 section 12.8.4.3), as an incremental update after everything signed so far: {@code /Certs},
 * {@code /CRLs} and {@code /OCSPs}, each an array of streams holding one DER certificate, CRL or OCSPResponse.
 * That is what makes a PAdES signature long-term (ETSI EN 319 142-1 section 5.4.2, PAdES-BASELINE-LT): a
 * validator finds the status of every certificate in the file and fetches nothing. What the store already
 * holds is not written twice. No {@code /VRI} dictionaries: EN 319 142-1 makes them optional, and validators
 * (the EU DSS among them) look a certificate's revocation data up in the whole store, not per signature.
 */
final class DocumentSecurityStore {

    private DocumentSecurityStore() {
    }

    /**
     * The same PDF, its bytes unchanged, followed by an update adding to its store whatever of {@code data} it
     * does not hold yet; the PDF as it was when there is nothing new.
     *
     * @throws IllegalArgumentException if {@code pdf} is not a PDF
     */
    static byte[] withValidationData(byte[] pdf, ValidationData data) {
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a PDF: " + e.getMessage(), e);
        }
        try (document) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary store = catalog.getCOSDictionary(COSName.DSS);
            if (store == null) {
                store = new COSDictionary();
                catalog.setItem(COSName.DSS, store);
            }
            int added = add(document, store, COSName.CERTS, certificates(data.certificates()))
                    + add(document, store, COSName.CRLS, crls(data.crls()))
                    + add(document, store, COSName.OCSPS, data.ocspResponses());
            if (added == 0) {
                return pdf;
            }
            catalog.setNeedToBeUpdated(true);
            store.setNeedToBeUpdated(true);
            ByteArrayOutputStream updated = new ByteArrayOutputStream(pdf.length + 2048 * added);
            document.saveIncremental(updated);
            return updated.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add validation data to the PDF", e);
        }
    }

    /** Appends to the store's array {@code key} a stream for each encoding it lacks; how many it appended. */
    private static int add(PDDocument document, COSDictionary store, COSName key, List<byte[]> encodings) throws IOException {
        COSArray array = store.getCOSArray(key);
        if (array == null) {
            array = new COSArray();
            store.setItem(key, array);
        }
        Set<ByteBuffer> present = new HashSet<>();
        for (COSBase entry : array) {
            COSBase resolved = entry instanceof COSObject object ? object.getObject() : entry;
            if (resolved instanceof COSStream stream) {
                try (InputStream in = stream.createInputStream()) {
                    present.add(ByteBuffer.wrap(in.readAllBytes()));
                }
            }
        }
        int added = 0;
        for (byte[] encoding : encodings) {
            if (present.add(ByteBuffer.wrap(encoding))) {
                COSStream stream = document.getDocument().createCOSStream();
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(encoding);
                }
                array.add(stream);
                added++;
            }
        }
        if (added > 0) {
            array.setNeedToBeUpdated(true);
        }
        return added;
    }

    private static List<byte[]> certificates(List<X509Certificate> certificates) {
        List<byte[]> encodings = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            try {
                encodings.add(certificate.getEncoded());
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("A certificate that cannot be encoded: " + e.getMessage(), e);
            }
        }
        return encodings;
    }

    private static List<byte[]> crls(List<X509CRL> crls) {
        List<byte[]> encodings = new ArrayList<>();
        for (X509CRL crl : crls) {
            try {
                encodings.add(crl.getEncoded());
            } catch (CRLException e) {
                throw new IllegalArgumentException("A CRL that cannot be encoded: " + e.getMessage(), e);
            }
        }
        return encodings;
    }
}
