package org.evidencedesk.bundle;
import java.nio.file.*;
class DumpSample {
    @org.junit.jupiter.api.Test
    void dump() throws Exception {
        Files.createDirectories(Path.of("/tmp/bundle-sample"));
        BundleFixture.standard().bundleFile(Path.of("/tmp/bundle-sample"));
    }
}
