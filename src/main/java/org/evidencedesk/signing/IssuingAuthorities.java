package org.evidencedesk.signing;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The issuing CAs the server holds under the offline root, and every leaf certificate they (or, before the
 * hierarchy, the root itself) issued that the keystore still records, current or retired: what the CRLs and the
 * OCSP responder answer for. A CA answers "unknown" for a serial that is not among them.
 *
 * @param root the root all of them chain to
 * @param authorities the issuing CAs, oldest first
 * @param issued the leaf certificates, current and retired
 */
public record IssuingAuthorities(X509Certificate root, List<IssuingAuthority> authorities, List<X509Certificate> issued) {

    public IssuingAuthorities {
        Objects.requireNonNull(root, "root");
        authorities = authorities.stream().sorted(Comparator.comparing(authority -> authority.certificate().getNotBefore())).toList();
        issued = List.copyOf(issued);
    }

    /** The CA of this role that issues new leaves: the newest. */
    public Optional<IssuingAuthority> current(AuthorityRole role) {
        return authorities.stream().filter(authority -> authority.role() == role).reduce((older, newer) -> newer);
    }

    /** The CA published under {@code slug}, e.g. {@code document-signing-ca}. */
    public Optional<IssuingAuthority> bySlug(String slug) {
        return authorities.stream().filter(authority -> authority.slug().equals(slug)).findFirst();
    }

    /** The CA whose certificate this is. */
    public Optional<IssuingAuthority> of(X509Certificate certificate) {
        return authorities.stream().filter(authority -> authority.certificate().equals(certificate)).findFirst();
    }

    /** Whether {@code authority} issued a certificate with this serial number that the installation knows of. */
    boolean issuedSerial(IssuingAuthority authority, BigInteger serialNumber) {
        return issued.stream().anyMatch(certificate -> certificate.getSerialNumber().equals(serialNumber) && authority.issued(certificate));
    }

    /** The next generation number of a role's CA: one more than the newest that exists. */
    int nextGeneration(AuthorityRole role) {
        return authorities.stream().map(authority -> AuthorityRole.of(authority.slug()).orElseThrow())
                .filter(generation -> generation.role() == role).mapToInt(AuthorityRole.Generation::number).max().orElse(0) + 1;
    }
}
