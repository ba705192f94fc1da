package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.CmsSigner;
import org.evidencedesk.signing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names an item's downloads get and the commands printed with them: saved under those names, the files pass
 * each command run exactly as printed, whatever the submitted name holds (spaces, Chinese, quotes, {@code $});
 * and one changed byte fails the token's.
 */
class ItemDownloadsTest {

    @TempDir
    Path folder;

    @Test
    void theFileKeepsTheNameItWasSubmittedUnderAfterItsExhibitNumber() {
        ItemDownloads downloads = new ItemDownloads("P-001", "confidentiality-policy.txt", "ab".repeat(32));

        assertThat(downloads.content()).isEqualTo("P-001 - confidentiality-policy.txt");
        assertThat(downloads.token()).isEqualTo("P-001.tsr");
        assertThat(downloads.receipt()).isEqualTo("P-001-receipt.json");
        assertThat(downloads.receiptSignature()).isEqualTo("P-001-receipt.json.p7s");
        assertThat(downloads.rootCertificate()).isEqualTo("evidence-desk-root-ca.pem");
        assertThat(downloads.tokenCommand()).isEqualTo("openssl ts -verify -token_in -in P-001.tsr"
                + " -data 'P-001 - confidentiality-policy.txt' -CAfile evidence-desk-root-ca.pem");
    }

    @Test
    void aNameABrowserWouldChangeIsCleanedAndALongOneCutKeepingItsExtension() {
        assertThat(new ItemDownloads("P-002", "a/b:c*d?\"e\"<f>|g~h\tz.pdf. ", "0").content()).isEqualTo("P-002 - a_b_c_d__e__f__g_h_z.pdf");
        String cut = new ItemDownloads("P-003", "保密协议".repeat(40) + ".docx", "0").content();
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ItemDownloads.MAX_NAME_BYTES);
        assertThat(cut).startsWith("P-003 - 保密协议保密协议").endsWith(".docx").doesNotContain("/");
    }

    @Test
    void everyPrintedCommandPassesAsPrintedInTheFolderOfTheDownloads() throws Exception {
        byte[] content = "第一条 保密义务\nThe parties keep the terms confidential.\n".getBytes(StandardCharsets.UTF_8);
        ItemDownloads downloads = saved("保密 协议 'draft' $HOME `x`.txt", content);

        List<String> commands = downloads.commands(true);
        assertThat(commands).hasSize(3);
        assertThat(run(commands.get(0))).contains(HexFormat.of().formatHex(Sha256.of(content)));
        assertThat(run(commands.get(1))).contains("Verification: OK");
        assertThat(run(commands.get(2))).contains("CMS Verification successful");
        assertThat(downloads.commands(false)).containsExactly(commands.get(2));

        byte[] changed = content.clone();
        changed[3] ^= 1;
        Files.write(folder.resolve(downloads.content()), changed);
        assertThat(run(commands.get(1))).contains("Verification: FAILED");
        assertThat(run(commands.get(0))).doesNotContain(HexFormat.of().formatHex(Sha256.of(content)));
    }

    /** The five downloads of one item, made the way the application makes them, saved under their download names. */
    private ItemDownloads saved(String submittedName, byte[] content) throws Exception {
        Clock clock = Clock.systemUTC();
        byte[] sha256 = Sha256.of(content);
        ItemDownloads downloads = new ItemDownloads("P-001", submittedName, HexFormat.of().formatHex(sha256));
        byte[] token = new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(), TestKeys.counter(), clock)
                .stamp(sha256).encoded();
        String receipt = "{\"exhibit\":\"P-001\",\"sha256\":\"" + downloads.sha256() + "\"}";
        byte[] signature = new CmsSigner(TestKeys.SHARED.signing(), clock)
                .signDetached(new ByteArrayInputStream(receipt.getBytes(StandardCharsets.UTF_8)));
        Files.write(folder.resolve(downloads.content()), content);
        Files.write(folder.resolve(downloads.token()), token);
        Files.writeString(folder.resolve(downloads.receipt()), receipt);
        Files.write(folder.resolve(downloads.receiptSignature()), signature);
        Files.writeString(folder.resolve(downloads.rootCertificate()), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(TestKeys.SHARED.rootCertificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        return downloads;
    }

    private String run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
