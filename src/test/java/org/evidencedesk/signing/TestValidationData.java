package org.evidencedesk.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The installation's real source of validation data over the shared test keys, as the application runs it: OCSP
 * answers from each issuing CA and the root's published CRL. Public for the bundle tests.
 */
public final class TestValidationData {

    private TestValidationData() {
    }

    /** Nothing revoked. */
    public static ValidationDataSource forSharedKeys(Clock clock) {
        return forSharedKeys(new InMemoryRevocations(), clock);
    }

    public static ValidationDataSource forSharedKeys(RevocationRegistry revocations, Clock clock) {
        return forSharedKeys(revocations, clock, List.of());
    }

    /** Also answering for {@code alsoIssued}, leaves the shared issuing CAs issued later (a renewed time-stamping leaf, say). */
    public static ValidationDataSource forSharedKeys(RevocationRegistry revocations, Clock clock, List<X509Certificate> alsoIssued) {
        try {
            Path directory = Files.createTempDirectory("evidence-desk-authorities");
            Path keys = directory.resolve("keys");
            RootAuthority.create(directory.resolve("root"), TestKeys.ROOT, clock).publishTo(keys);
            IssuingAuthorities shared = TestKeys.sharedAuthorities();
            List<X509Certificate> issued = new ArrayList<>(shared.issued());
            issued.addAll(alsoIssued);
            IssuingAuthorities authorities = new IssuingAuthorities(shared.root(), shared.authorities(), issued);
            return new AuthorityValidationData(authorities, new OcspResponder(authorities, revocations, clock),
                    new AuthorityRevocationLists(authorities, revocations, keys.resolve(KeysDirectory.ROOT_CRL_FILE), clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
