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
}
