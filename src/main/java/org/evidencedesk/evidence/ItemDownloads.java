package org.evidencedesk.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evidencedesk.shared.ShellWords;
import org.evidencedesk.signing.SigningKeys;

/**
 * The files an item's page offers, by the names the downloads get, and the openssl commands that check them, built
 * from those same names: run in the folder the files were saved to, each works exactly as printed.
 *
 * @param exhibit the item's exhibit number, which every name begins with
 * @param originalFilename the name the file was submitted under
 * @param sha256 the item's SHA-256, in hex, which the digest command must print
 */
public record ItemDownloads(String exhibit, String originalFilename, String sha256) {

    /** A browser refuses longer names, and some file systems; the extension is kept when a name is cut. */
    static final int MAX_NAME_BYTES = 200;

    public ItemDownloads {
        Objects.requireNonNull(exhibit, "exhibit");
        Objects.requireNonNull(originalFilename, "originalFilename");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static ItemDownloads of(EvidenceItem item) {
        return new ItemDownloads(item.getExhibitNumber(), item.getOriginalFilename(), item.getSha256());
    }

    /** {@code P-001 - confidentiality-policy.txt}: the exhibit number and the name it was submitted under. */
    public String content() {
        return fileName(exhibit + " - " + originalFilename);
    }

    public String token() {
        return exhibit + ".tsr";
    }

    public String receipt() {
        return exhibit + "-receipt.json";
    }

    public String receiptSignature() {
        return receipt() + ".p7s";
    }

    public String rootCertificate() {
        return SigningKeys.ROOT_CERTIFICATE_DOWNLOAD;
    }

    /** Prints the file's SHA-256, which must be the one shown. */
    public String digestCommand() {
        return ShellWords.command("openssl", "dgst", "-sha256", content()) + "   # SHA-256 " + sha256;
    }

    /** The RFC 3161 token (a bare token, hence {@code -token_in}) stamps exactly this file; prints {@code Verification: OK}. */
    public String tokenCommand() {
        return ShellWords.command("openssl", "ts", "-verify", "-token_in", "-in", token(), "-data", content(),
                "-CAfile", rootCertificate());
    }

    /** The receipt's CAdES signature verifies under the root; prints {@code CMS Verification successful}. */
    public String receiptCommand() {
        return ShellWords.command("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", receiptSignature(),
                "-content", receipt(), "-CAfile", rootCertificate(), "-purpose", "any", "-out", "/dev/null");
    }

    /** The commands for what the reader may download: without the file itself, only the receipt can be checked. */
    public List<String> commands(boolean withContent) {
        List<String> commands = new ArrayList<>();
        if (withContent) {
            commands.add(digestCommand());
            commands.add(tokenCommand());
        }
        commands.add(receiptCommand());
        return commands;
    }

    /**
     * A name a browser saves unchanged: no control or format characters, none of {@code "~*:<>?|/\}, no space or
     * dot at the end, at most {@link #MAX_NAME_BYTES} bytes of UTF-8.
     */
    static String fileName(String name) {
        String cleaned = name.replaceAll("[\\p{Cc}\\p{Cf}\"~*/:<>?\\\\|]", "_").replaceAll("[\\s.]+$", "");
        if (cleaned.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return cleaned;
        }
        int dot = cleaned.lastIndexOf('.');
        String extension = dot > 0 && cleaned.length() - dot <= 11 ? cleaned.substring(dot) : "";
        String base = cleaned.substring(0, cleaned.length() - extension.length());
        while ((base + extension).getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        }
        return base.strip() + extension;
    }
}
