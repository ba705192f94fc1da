package org.evidencedesk.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

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
        try {
            Path directory = Files.createTempDirectory("evidence-desk-authorities");
            Path keys = directory.resolve("keys");
            RootAuthority.create(directory.resolve("root"), TestKeys.ROOT, clock).publishTo(keys);
            IssuingAuthorities authorities = TestKeys.sharedAuthorities();
            return new AuthorityValidationData(authorities, new OcspResponder(authorities, revocations, clock),
                    new AuthorityRevocationLists(authorities, revocations, keys.resolve(KeysDirectory.ROOT_CRL_FILE), clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
