package org.evidencedesk.api.evidence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.api.ApiProblem;

/**
 * What a raw submission says about its body in its headers, read and checked before a byte of the body is: the
 * client's key, the SHA-256 it announces (RFC 9530 {@code Content-Digest}), the file's name and media type, and the
 * metadata if it came along. A header that is missing or malformed is refused (400) with nothing read or kept.
 */
record SubmissionHeaders(String sha256, String fileName, String mediaType, Optional<SubmissionMetadata> metadata) {

    static final String FILE_NAME = "X-File-Name";
    static final String METADATA = "X-Evidence-Metadata";
    static final String CONTENT_DIGEST = "Content-Digest";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._~-]{1,100}");
    /** One member of the Content-Digest dictionary: {@code sha-256=:<base64>:} (RFC 9530 section 2, RFC 8941 byte sequence). */
    private static final Pattern SHA_256 = Pattern.compile("(?:^|,)\\s*sha-256\\s*=\\s*:([A-Za-z0-9+/=]+):\\s*(?:;[^,]*)?(?=,|$)");
    private static final int SHA_256_BYTES = 32;

    /** The client's idempotency key, refused (400) unless 1 to 100 unreserved URI characters. */
    static String key(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ApiProblem(400, "api.submit.keyInvalid");
        }
        return key;
    }

    static SubmissionHeaders of(String contentDigest, String fileName, String contentType, String metadata) {
        // The media type without its parameters, as the upload page keeps it.
        String mediaType = contentType == null ? null : contentType.split(";", 2)[0].strip();
        return new SubmissionHeaders(sha256(contentDigest), fileName(fileName),
                mediaType, metadata == null ? Optional.empty() : Optional.of(metadata(metadata)));
    }

    /** The SHA-256 a {@code Content-Digest} names, as lowercase hex. */
    static String sha256(String contentDigest) {
        Matcher member = contentDigest == null ? null : SHA_256.matcher(contentDigest.strip());
        if (member == null || !member.find()) {
            throw new ApiProblem(400, "api.submit.digestRequired");
        }
        try {
            byte[] digest = Base64.getDecoder().decode(member.group(1));
            if (digest.length != SHA_256_BYTES) {
                throw new ApiProblem(400, "api.submit.digestRequired");
            }
            return HexFormat.of().formatHex(digest);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "api.submit.digestRequired");
        }
    }

    /** The percent-encoded (UTF-8) file name; {@code +} stays a plus, as percent-encoding (RFC 3986) has it. */
    static String fileName(String encoded) {
        try {
            String name = encoded == null ? "" : URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (name.isBlank() || name.length() > 1000) {
                throw new ApiProblem(400, "api.submit.fileNameRequired");
            }
            return name;
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "api.submit.fileNameRequired");
        }
    }

    private static SubmissionMetadata metadata(String base64url) {
        try {
            return SubmissionMetadata.parse(new String(Base64.getUrlDecoder().decode(base64url.strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "api.submit.metadataInvalid");
        }
    }
}
