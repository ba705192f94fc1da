package org.evidencedesk.bundle;

import java.io.IOException;
import java.nio.file.Path;

/** Real bundles for tests outside this package. */
public final class BundleSamples {

    private BundleSamples() {
    }

    /** A bundle of three items under the shared test keys, written into {@code directory}. */
    public static Path standard(Path directory) throws IOException {
        return BundleFixture.standard().bundleFile(directory);
    }

    /** The standard bundle with one byte of its first evidence file changed after signing; answers its path. */
    public static Path withChangedEvidence(Path directory) throws IOException {
        Path bundle = standard(directory);
        String first = Archives.entries(bundle).keySet().stream().filter(name -> name.startsWith("P-001 - ")).findFirst()
                .orElseThrow();
        return Archives.change(bundle, first, Archives::flipOneByte);
    }
}
