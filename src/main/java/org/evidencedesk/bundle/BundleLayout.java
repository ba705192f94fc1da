package org.evidencedesk.bundle;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each part sits in a bundle: the names the writer gives and the verifier looks for, in one place.
 * Evidence files keep readable names ({@code P-001 - Screenshot of the listing.png}); everything else has a
 * fixed place.
 */
public final class BundleLayout {

    public static final String MIMETYPE = "mimetype";
    public static final String MEDIA_TYPE = "application/vnd.etsi.asic-e+zip";
    public static final String ASIC_MANIFEST = "META-INF/ASiCManifest.xml";
    public static final String SIGNATURE = "META-INF/signature001.p7s";
    public static final String MANIFEST_JSON = "manifest.json";
    public static final String VERIFY_TXT = "VERIFY.txt";
    public static final String EVIDENCE_LIST = "evidence-list.pdf";
    public static final String CUSTODY_LOG = "custody/custody-log.jsonl";
    public static final String CHECKPOINT = "custody/checkpoint.json";
    public static final String CHECKPOINT_SIGNATURE = "custody/checkpoint.json.p7s";
    public static final String CHECKPOINT_TOKEN = "custody/checkpoint.tsr";
    public static final String ROOT_CERTIFICATE = "certificates/root.pem";
    public static final String TSA_CERTIFICATE = "certificates/tsa.pem";
    public static final String SIGNER_CERTIFICATE = "certificates/signer.pem";
    /** The court's root, only in bundles signed with a court's imported certificate: the anchor of the CAdES signatures. */
    public static final String COURT_ROOT_CERTIFICATE = "certificates/court-root.pem";

    /** Characters of the title kept in a file name; the exhibit number and extension come on top. */
    static final int TITLE_LENGTH = 80;

    private BundleLayout() {
    }

    public static String token(String exhibit) {
        return "items/" + exhibit + ".tsr";
    }

    public static String receipt(String exhibit) {
        return "items/" + exhibit + "-receipt.json";
    }

    public static String receiptSignature(String exhibit) {
        return receipt(exhibit) + ".p7s";
    }

    /** Gives each evidence file a readable name, unique within one bundle. */
    static final class EvidenceNames {

        /** Control characters, folder separators and what Windows reserves in a file name. */
        private static final Pattern RESERVED = Pattern.compile("[\\p{Cntrl}/\\\\:*?\"<>|]");
        private static final Pattern WHITESPACE = Pattern.compile("\\s+");
        private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");

        private final Set<String> taken = new HashSet<>();

        String name(String exhibit, String title, String originalFilename) {
            String base = clean(exhibit, 16) + " - " + clean(title, TITLE_LENGTH);
            String extension = extension(originalFilename);
            String name = base + extension;
            for (int copy = 2; !taken.add(name.toLowerCase(Locale.ROOT)); copy++) {
                name = base + " (" + copy + ")" + extension;
            }
            return name;
        }

        /** No folders, control or reserved characters, no leading dots; whitespace runs become one space. */
        static String clean(String text, int max) {
            String cleaned = text == null ? "" : WHITESPACE.matcher(RESERVED.matcher(text).replaceAll("_")).replaceAll(" ").strip();
            while (cleaned.startsWith(".")) {
                cleaned = cleaned.substring(1);
            }
            if (cleaned.codePointCount(0, cleaned.length()) > max) {
                cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, max)).strip();
            }
            return cleaned.isEmpty() ? "evidence" : cleaned;
        }

        static String extension(String filename) {
            String name = filename == null ? "" : filename;
            int dot = name.lastIndexOf('.');
            if (dot < 0 || dot == name.length() - 1) {
                return "";
            }
            String extension = name.substring(dot + 1);
            return EXTENSION.matcher(extension).matches() ? "." + extension.toLowerCase(Locale.ROOT) : "";
        }
    }
}
