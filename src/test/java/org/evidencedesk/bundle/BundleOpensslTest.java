package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evidencedesk.signing.OpensslCommand;
import org.evidencedesk.signing.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle checked by openssl and unzip alone, as a recipient who does not trust us would, with the commands
 * VERIFY.txt gives; and one changed byte making each check fail.
 */
class BundleOpensslTest {

    @TempDir
    Path directory;

    private Path unpacked;
    private AsicManifest manifest;

    @BeforeEach
    void unpackABundle() throws Exception {
        Path bundle = BundleFixture.standard().bundleFile(directory);
        unpacked = Files.createDirectory(directory.resolve("unpacked"));
        Process unzip = new ProcessBuilder("unzip", "-q", bundle.toString(), "-d", unpacked.toString()).redirectErrorStream(true).start();
        assertThat(unzip.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(unzip.exitValue()).isZero();
        Files.writeString(unpacked.resolve("trusted-root.pem"), BundleWriter.pem(TestKeys.SHARED.rootCertificate()));
        manifest = AsicManifest.parse(Files.readAllBytes(unpacked.resolve(BundleLayout.ASIC_MANIFEST)));
    }

    private OpensslCommand.Result manifestSignature() {
        return OpensslCommand.run(unpacked, "cms", "-verify", "-cades", "-binary", "-inform", "DER",
                "-in", BundleLayout.SIGNATURE, "-content", BundleLayout.ASIC_MANIFEST,
                "-CAfile", "trusted-root.pem", "-purpose", "any", "-out", "/dev/null");
    }

    private OpensslCommand.Result itemToken(String file, String exhibit) {
        return OpensslCommand.run(unpacked, "ts", "-verify", "-data", file, "-in", BundleLayout.token(exhibit), "-token_in",
                "-CAfile", "trusted-root.pem", "-untrusted", BundleLayout.TSA_CERTIFICATE);
    }

    @Test
    void theManifestSignatureVerifiesAsCadesAndFailsOnOneChangedByte() throws IOException {
        assertThat(manifestSignature().succeeded()).as(manifestSignature().output()).isTrue();
        assertThat(manifestSignature().output()).contains("Verification successful");

        Path xml = unpacked.resolve(BundleLayout.ASIC_MANIFEST);
        Files.write(xml, Archives.flipOneByte(Files.readAllBytes(xml)));
        assertThat(manifestSignature().succeeded()).isFalse();
    }

    @Test
    void everyFileHasTheDigestTheManifestSignsAndOpensslAgrees() throws IOException {
        assertThat(manifest.references()).hasSize(3 + 9 + 4 + 3 + 3);
        for (AsicManifest.Reference reference : manifest.references()) {
            OpensslCommand.Result digest = OpensslCommand.run(unpacked, "dgst", "-sha256", "-r", reference.name());
            assertThat(digest.succeeded()).isTrue();
            assertThat(digest.output()).startsWith(HexFormat.of().formatHex(reference.sha256()));
        }
        String changed = manifest.references().get(0).name();
        Files.write(unpacked.resolve(changed), Archives.flipOneByte(Files.readAllBytes(unpacked.resolve(changed))));
        assertThat(OpensslCommand.run(unpacked, "dgst", "-sha256", "-r", changed).output())
                .doesNotStartWith(HexFormat.of().formatHex(manifest.references().get(0).sha256()));
    }

    @Test
    void eachItemTokenAndReceiptVerifyAndAChangedFileFails() throws IOException {
        Map<String, Object> json = org.evidencedesk.bundle.verify.JsonProbe.object(
                Files.readString(unpacked.resolve(BundleLayout.MANIFEST_JSON)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) json.get("items");
        assertThat(items).hasSize(3);
        for (Map<String, Object> item : items) {
            String exhibit = (String) item.get("exhibit");
            String file = (String) item.get("file");
            OpensslCommand.Result token = itemToken(file, exhibit);
            assertThat(token.succeeded()).as(token.output()).isTrue();
            OpensslCommand.Result receipt = OpensslCommand.run(unpacked, "cms", "-verify", "-cades", "-binary", "-inform", "DER",
                    "-in", BundleLayout.receiptSignature(exhibit), "-content", BundleLayout.receipt(exhibit),
                    "-CAfile", "trusted-root.pem", "-purpose", "any", "-out", "/dev/null");
            assertThat(receipt.succeeded()).as(receipt.output()).isTrue();
        }
        String file = (String) items.get(1).get("file");
        Files.write(unpacked.resolve(file), Archives.flipOneByte(Files.readAllBytes(unpacked.resolve(file))));
        assertThat(itemToken(file, "P-002").succeeded()).isFalse();
    }

    @Test
    void theSignatureTimestampExtractedAsVerifyTxtSaysVerifiesOverTheSignatureValue() throws Exception {
        String verifyTxt = Files.readString(unpacked.resolve(BundleLayout.VERIFY_TXT));
        String step2 = verifyTxt.substring(verifyTxt.indexOf("\n2. "), verifyTxt.indexOf("\n3. "));
        String script = step2.lines().filter(line -> line.startsWith("   ")).map(String::strip)
                .map(line -> line.replace("certificates/root.pem", "trusted-root.pem"))
                .reduce("set -e\n", (a, b) -> a + b + "\n").replace("\\\n", " ");
        Process shell = new ProcessBuilder("bash", "-c", script).directory(unpacked.toFile()).redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(shell.exitValue()).as(script + output).isZero();
        assertThat(output).contains("Verification: OK");

        // The extracted value really is the signature value: one changed byte and the token no longer covers it.
        Path value = unpacked.resolve("signature.value");
        Files.write(value, Archives.flipOneByte(Files.readAllBytes(value)));
        assertThat(OpensslCommand.run(unpacked, "ts", "-verify", "-data", "signature.value", "-in", "signature.tsr", "-token_in",
                "-CAfile", "trusted-root.pem", "-untrusted", BundleLayout.TSA_CERTIFICATE).succeeded()).isFalse();
    }

    @Test
    void theCustodyRecipeOfVerifyTxtRecomputesAnEntrysHashAndCommitmentWithSedAndOpenssl() throws Exception {
        String verifyTxt = Files.readString(unpacked.resolve(BundleLayout.VERIFY_TXT));
        String step6 = verifyTxt.substring(verifyTxt.indexOf("\n6. "), verifyTxt.indexOf("\n7. "));
        String script = step6.substring(step6.indexOf("   line=")).lines().filter(line -> line.startsWith("   "))
                .map(String::strip).reduce("set -e\n", (a, b) -> a + b + "\n");
        int lineNumber = Integer.parseInt(step6.replaceAll("(?s).*For the entry on line (\\d+),.*", "$1"));
        Map<String, Object> entry = org.evidencedesk.bundle.verify.JsonProbe.object(
                Files.readAllLines(unpacked.resolve(BundleLayout.CUSTODY_LOG)).get(lineNumber - 1));

        Process shell = new ProcessBuilder("bash", "-c", script).directory(unpacked.toFile()).redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(shell.exitValue()).as(script + output).isZero();
        assertThat(entry).containsKeys("salt", "details");
        assertThat(output.lines().toList()).as(script).hasSize(2);
        assertThat(output.lines().toList().get(0)).endsWith("= " + entry.get("hash"));
        assertThat(output.lines().toList().get(1)).endsWith("= " + entry.get("commitment"));
    }

    @Test
    void theCustodyCheckpointVerifiesWithOpenssl() {
        assertThat(OpensslCommand.run(unpacked, "cms", "-verify", "-cades", "-binary", "-inform", "DER",
                "-in", BundleLayout.CHECKPOINT_SIGNATURE, "-content", BundleLayout.CHECKPOINT,
                "-CAfile", "trusted-root.pem", "-purpose", "any", "-out", "/dev/null").succeeded()).isTrue();
        assertThat(OpensslCommand.run(unpacked, "ts", "-verify", "-data", BundleLayout.CHECKPOINT, "-in", BundleLayout.CHECKPOINT_TOKEN,
                "-token_in", "-CAfile", "trusted-root.pem", "-untrusted", BundleLayout.TSA_CERTIFICATE).succeeded()).isTrue();
    }
}
