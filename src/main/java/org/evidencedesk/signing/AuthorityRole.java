package org.evidencedesk.signing;

import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * The two jobs an issuing CA under the root does: one issues the certificate that signs documents, the other
 * the certificates of the two time-stamping authorities. Kept apart so that revoking one never touches the other.
 * A CA that replaces an earlier one of the same role gets a generation number in its name and slug, so that
 * the earlier one's certificate and CRL stay published at their own addresses for the leaves they issued.
 */
public enum AuthorityRole {
    DOCUMENT_SIGNING("document-signing-ca", "Evidence Desk Document Signing CA"),
    TIME_STAMPING("time-stamping-ca", "Evidence Desk Time-Stamping CA");

    private final String slug;
    private final String commonName;

    AuthorityRole(String slug, String commonName) {
        this.slug = slug;
        this.commonName = commonName;
    }

    /** The first CA of the role is generation 1 and carries no number. */
    String slug(int generation) {
        return generation == 1 ? slug : slug + "-" + generation;
    }

    X500Principal name(int generation) {
        return new X500Principal("CN=" + commonName + (generation == 1 ? "" : " " + generation) + ", O=Evidence Desk");
    }

    /** The role and generation a slug names, if it names one: {@code time-stamping-ca-3} is the third time-stamping CA. */
    static Optional<Generation> of(String slug) {
        for (AuthorityRole role : values()) {
            if (slug.equals(role.slug)) {
                return Optional.of(new Generation(role, 1));
            }
            if (slug.startsWith(role.slug + "-") && slug.substring(role.slug.length() + 1).matches("[1-9][0-9]{0,3}")) {
                return Optional.of(new Generation(role, Integer.parseInt(slug.substring(role.slug.length() + 1))));
            }
        }
        return Optional.empty();
    }

    /** One CA of a role: which one it is in the line of CAs that replaced each other. */
    record Generation(AuthorityRole role, int number) {
    }
}
