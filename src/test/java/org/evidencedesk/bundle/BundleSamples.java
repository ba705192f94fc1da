package org.evidencedesk.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evidencedesk.signing.TestCourtCa;

/** Real bundles for tests outside this package. */
public final class BundleSamples {

    private BundleSamples() {
    }

    /** A bundle of three items under the shared test keys, written into {@code directory}. */
    public static Path standard(Path directory) throws IOException {
        return BundleFixture.standard().bundleFile(directory);
    }

    /** The standard items signed with {@code court}'s own certificate, time-stamped under the shared root. */
    public static Path courtSigned(Path directory, TestCourtCa court) throws Exception {
        return BundleFixture.courtSigned(court).bundleFile(directory);
    }

    /** The standard bundle with one byte of its first evidence file changed after signing; answers its path. */
    public static Path withChangedEvidence(Path directory) throws IOException {
        Path bundle = standard(directory);
        String first = Archives.entries(bundle).keySet().stream().filter(name -> name.startsWith("P-001 - ")).findFirst()
                .orElseThrow();
        return Archives.change(bundle, first, Archives::flipOneByte);
    }

    /** The standard bundle with one byte of its signed ASiC manifest changed, so the signature no longer covers it. */
    public static Path withChangedManifest(Path directory) throws IOException {
        return Archives.change(standard(directory), BundleLayout.ASIC_MANIFEST, Archives::flipOneByte);
    }

    /** The standard bundle with the fourth entry of its custody log removed: the chain is broken there. */
    public static Path withBrokenChain(Path directory) throws IOException {
        return Archives.change(standard(directory), BundleLayout.CUSTODY_LOG, log -> {
            List<String> lines = new ArrayList<>(new String(log, StandardCharsets.UTF_8).lines().toList());
            lines.remove(3);
            return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        });
    }
}
