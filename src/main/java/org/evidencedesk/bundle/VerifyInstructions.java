package org.evidencedesk.bundle;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import org.evidencedesk.signing.SigningKeys;

/**
 * {@code VERIFY.txt}: the exact commands a recipient runs, with openssl 3 and unzip alone, to check the
 * bundle without trusting Evidence Desk's server. It is itself listed in the signed manifest.
 */
final class VerifyInstructions {

    private VerifyInstructions() {
    }

    /** @param items for each evidence file: exhibit, name in the bundle, recorded SHA-256 (hex) */
    static String text(BundleContents contents, List<String[]> items) {
        // The signatures chain to the court's root when the court's own certificate signed them; time-stamps always to ours.
        String signerRoot = contents.courtRoot().isPresent() ? BundleLayout.COURT_ROOT_CERTIFICATE : BundleLayout.ROOT_CERTIFICATE;
        StringBuilder text = new StringBuilder();
        text.append("Evidence bundle for case ").append(contents.caseNumber()).append(", exported by ")
                .append(contents.exporter()).append(" at ").append(contents.exportedAt()).append(".\n")
                .append("Selection: ").append(contents.selection()).append("\n\n")
                .append("Everything below needs only unzip and openssl 3. Each command prints \"Verification successful\"\n")
                .append("(or \"CMS Verification successful\", or the expected digest); any changed byte makes it fail.\n\n")
                .append("0. Unpack, and decide whether you trust the root certificate. The root in the bundle only proves\n")
                .append("   that the parts are consistent with each other; compare its fingerprint with the one the court or\n")
                .append("   the issuer publishes (Evidence Desk serves its root at /root-ca.pem), or replace\n")
                .append("   certificates/root.pem below by the root you obtained independently.\n\n")
                .append("   unzip -q bundle.asice -d bundle && cd bundle\n")
                .append("   openssl x509 -in certificates/root.pem -noout -subject -fingerprint -sha256\n")
                .append("   # expected: SHA256 Fingerprint=").append(fingerprint(contents)).append("\n\n");
        courtRoot(text, contents);
        text.append("1. The signature over the manifest (CAdES-BASELINE-LTA: time-stamped, carrying its validation data and an archive time-stamp), which lists every file with its SHA-256:\n\n")
                .append("   openssl cms -verify -cades -binary -inform DER -in META-INF/signature001.p7s \\\n")
                .append("       -content META-INF/ASiCManifest.xml -CAfile ").append(signerRoot).append(" -purpose any -out /dev/null\n\n")
                .append("2. The signature's own time-stamp (RFC 3161, over the signature value):\n\n")
                .append("   openssl asn1parse -inform DER -in META-INF/signature001.p7s > signature.asn1\n")
                .append("   token=$(awk '/:id-smime-aa-timeStampToken/ {getline; getline; print $1+0; exit}' signature.asn1)\n")
                .append("   value=$(awk '/d=5 .*prim: OCTET STRING/ {print $1+0; exit}' signature.asn1)\n")
                .append("   openssl asn1parse -inform DER -in META-INF/signature001.p7s -offset \"$token\" -noout -out signature.tsr\n")
                .append("   openssl asn1parse -inform DER -in META-INF/signature001.p7s -strparse \"$value\" -noout -out signature.value\n")
                .append("   openssl ts -verify -data signature.value -in signature.tsr -token_in \\\n")
                .append("       -CAfile certificates/root.pem -untrusted certificates/tsa.pem\n")
                .append("   # (-strparse reads the ECDSA signature value of the built-in keys; these files stay outside the bundle)\n")
                .append("\n3. Each evidence file has the SHA-256 in the signed manifest (ASiCManifest.xml holds it in base64,\n")
                .append("   manifest.json in hex), its time-stamp token covers exactly that file, and its receipt is signed:\n\n");
        for (String[] item : items) {
            String exhibit = item[0];
            String file = quote(item[1]);
            text.append("   openssl dgst -sha256 ").append(file).append("\n")
                    .append("   # expected: ").append(item[2]).append("\n")
                    .append("   openssl ts -verify -data ").append(file).append(" -in ").append(quote(BundleLayout.token(exhibit)))
                    .append(" -token_in -CAfile certificates/root.pem -untrusted certificates/tsa.pem\n")
                    .append("   openssl cms -verify -cades -binary -inform DER -in ").append(quote(BundleLayout.receiptSignature(exhibit)))
                    .append(" -content ").append(quote(BundleLayout.receipt(exhibit)))
                    .append(" -CAfile ").append(signerRoot).append(" -purpose any -out /dev/null\n\n");
        }
        text.append("4. The other files: each one's SHA-256 must equal its DigestValue in META-INF/ASiCManifest.xml:\n\n")
                .append("   openssl dgst -sha256 -binary manifest.json | openssl base64\n\n")
                .append("5. The custody log's checkpoint (a signed, time-stamped statement of the chain's head at export):\n\n")
                .append("   openssl cms -verify -cades -binary -inform DER -in custody/checkpoint.json.p7s -content custody/checkpoint.json \\\n")
                .append("       -CAfile ").append(signerRoot).append(" -purpose any -out /dev/null\n")
                .append("   openssl ts -verify -data custody/checkpoint.json -in custody/checkpoint.tsr -token_in \\\n")
                .append("       -CAfile certificates/root.pem -untrusted certificates/tsa.pem\n\n");
        custodyChain(text, contents.custodyLog().lastLineRevealingDetails());
        longTerm(text);
        text.append("Or run everything at once, in the folder that holds bundle.asice and the root you obtained independently\n")
                .append("(Evidence Desk's downloads as ").append(SigningKeys.ROOT_CERTIFICATE_DOWNLOAD).append(" from /root-ca.pem):\n\n")
                .append("   java -jar evidence-desk-verify.jar bundle.asice --trust ").append(SigningKeys.ROOT_CERTIFICATE_DOWNLOAD)
                .append(contents.courtRoot().isPresent() ? " --court-root court-root.pem" : "")
                .append("   # --lang zh for the report in Chinese\n\n")
                .append("(it checks every line of the custody log as step 6 checks one).\n");
        return text.toString();
    }

    /** Step 6: the custody chain's rule, and a recipe with sed and openssl for one entry that reveals its details. */
    private static void custodyChain(StringBuilder text, int line) {
        text.append("6. The custody log, custody/custody-log.jsonl: one entry per line, each ending in \"previousHash\" and\n")
                .append("   \"hash\". Each previousHash is the hash of the line before (64 zeros for the first), and the entry whose\n")
                .append("   sequence and hash checkpoint.json names must be in the log. Entries about evidence the exporter may\n")
                .append("   not see are withheld: their line keeps its link and nothing of the details. A line's hash is SHA-256\n")
                .append("   of a text followed by previousHash; the text depends on the line's format:\n")
                .append("   - \"v\":2: the header {\"at\",\"case\",\"commitment\",\"sequence\",\"v\"} the line begins with; where\n")
                .append("     the line reveals \"salt\" and \"details\", \"commitment\" = SHA-256 of salt followed by details;\n")
                .append("   - no \"v\" (written before entries committed to their details): the line without its two hashes;\n")
                .append("   - \"v\":1 (written before, and withheld): its stated hash is the link; it cannot be recomputed.\n");
        if (line > 0) {
            text.append("\n   For the entry on line ").append(line).append(", with sed and openssl alone:\n\n")
                    .append("   line=$(sed -n '").append(line).append("p' custody/custody-log.jsonl)\n")
                    .append("   header=$(printf '%s' \"$line\" | sed -E 's/^(\\{\"at\":[^{]*\"v\":2).*/\\1}/')\n")
                    .append("   previous=$(printf '%s' \"$line\" | sed -E 's/.*\"previousHash\":\"([0-9a-f]{64})\".*/\\1/')\n")
                    .append("   printf '%s%s' \"$header\" \"$previous\" | openssl dgst -sha256   # = its \"hash\"\n")
                    .append("   salt=$(printf '%s' \"$line\" | sed -E 's/.*\"salt\":\"([0-9a-f]{32})\".*/\\1/')\n")
                    .append("   details=$(printf '%s' \"$line\" | sed -E 's/.*\"details\":(.*),\"previousHash\":.*/\\1/')\n")
                    .append("   printf '%s%s' \"$salt\" \"$details\" | openssl dgst -sha256   # = its \"commitment\"\n");
        }
        text.append('\n');
    }

    /**
     * Step 7: the long-term levels in plain words (ETSI EN 319 122-1 for CAdES, EN 319 142-1 for PAdES), what the
     * recipient needs, and which tool checks what: openssl ignores unsigned attributes and the validation data, so the
     * commands above verify a signature at any level.
     */
    private static void longTerm(StringBuilder text) {
        text.append("7. Long-term validation. The signatures here are CAdES (the manifest signature, each receipt, the\n")
                .append("   checkpoint) and PAdES (evidence-list.pdf). A signature's level says what it carries besides itself:\n")
                .append("   B    the signature, bound to its signer's certificate;\n")
                .append("   T    B and a signature time-stamp: proof that it existed at that time;\n")
                .append("   LT   T and, embedded, the certificates of the signer's and the time-stamps' chains with revocation\n")
                .append("        data (CRLs, OCSP responses) for each: it can be checked offline after they expire;\n")
                .append("   LTA  LT and archive time-stamps over all of it (in a PDF, document time-stamps after its /DSS),\n")
                .append("        added again before their certificates expire or their hash algorithm weakens.\n")
                .append("   Nothing is fetched from the network: you need only the root certificate (certificates/root.pem,\n")
                .append("   or better ").append(SigningKeys.ROOT_CERTIFICATE_DOWNLOAD).append(" obtained independently, step 0).\n\n")
                .append("   Steps 1, 2, 3 and 5 verify every signature and token at any level: openssl cms -verify -cades\n")
                .append("   -binary -content ... -CAfile <root> and openssl ts -verify ... -CAfile <root> pass over the\n")
                .append("   validation data and archive time-stamps. The evidence list's signature, with poppler-utils:\n\n")
                .append("   pdfsig evidence-list.pdf\n")
                .append("   # prints \"Signature is Valid.\" (and \"Certificate issuer isn't Trusted\" until the root is in the\n")
                .append("   # trust store of poppler's NSS: that line is about trust in the root, not about the file)\n\n")
                .append("   The verify command below reports each signature's level, its time-stamps and the validation data\n")
                .append("   it finds, without validating them. The full long-term validation (revocation, archive time-stamp\n")
                .append("   chains, at the time each time-stamp proves) is the EU DSS validator's: run its standalone demo, or\n")
                .append("   any DSS-based tool, on bundle.asice or evidence-list.pdf with the root certificate as its only\n")
                .append("   trust anchor (TOTAL_PASSED is its word for a signature it validated in full).\n\n");
    }

    /** A single-quoted shell word: nothing inside is expanded. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * Step 0 for a bundle signed with the court's own certificate: the signatures chain to the court CA's root, which
     * the recipient checks as independently as ours (the court's CA publishes it); the time-stamps stay under ours.
     */
    private static void courtRoot(StringBuilder text, BundleContents contents) {
        contents.courtRoot().ifPresent(court -> text
                .append("   The signatures (steps 1, 3 and 5) were made with the court's own certificate, issued by its CA:\n")
                .append("   they chain to ").append(BundleLayout.COURT_ROOT_CERTIFICATE).append(", not to root.pem, which the\n")
                .append("   time-stamps chain to. Check the court's root as independently, with the fingerprint its CA publishes:\n\n")
                .append("   openssl x509 -in ").append(BundleLayout.COURT_ROOT_CERTIFICATE).append(" -noout -subject -fingerprint -sha256\n")
                .append("   # expected: SHA256 Fingerprint=").append(fingerprint(court)).append("\n\n"));
    }

    private static String fingerprint(BundleContents contents) {
        return fingerprint(contents.root());
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(BundleWriter.sha256Of(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A loaded certificate cannot be encoded", e);
        }
    }
}
