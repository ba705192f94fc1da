package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.bundle.verify.JsonProbe;
import org.evidencedesk.signing.TestCourtCa;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VERIFY.txt followed to the letter: every command it prints is taken from its text and run as printed, in order, by
 * one bash beside the bundle (file names with spaces, Chinese, quotes and {@code $HOME} included), and each says what
 * VERIFY.txt promises: success from openssl, the digest or fingerprint it gives as expected.
 */
class VerifyTxtCommandsTest {

    private static final Pattern COMMAND = Pattern.compile("^ {3}(unzip|openssl|printf|[a-z]+=\\$\\().*");
    private static final Pattern EXPECTED = Pattern.compile("^ {3}# expected: (.+)$");
    private static final Pattern LINE = Pattern.compile("line=\\$\\(sed -n '(\\d+)p'");
    private static final String MARK = "@@@ command ";

    @TempDir
    Path folder;

    /** A command as VERIFY.txt prints it (continuation lines joined by the shell, as typed), and what it must print. */
    private record Printed(String text, List<String> expected) {
    }

    @Test
    void everyCommandOfVerifyTxtRunsAsPrintedAndSucceeds() throws Exception {
        everyCommandRunsAsPrintedAndSucceeds(BundleFixture.standard());
    }

    /** Signed with a court's own certificate: the signatures' commands name certificates/court-root.pem, the tokens' root.pem. */
    @Test
    void everyCommandOfACourtSignedBundlesVerifyTxtRunsAsPrintedAndSucceeds() throws Exception {
        TestCourtCa court = new TestCourtCa();
        String instructions = everyCommandRunsAsPrintedAndSucceeds(BundleFixture.courtSigned(court));

        assertThat(instructions).contains("-content META-INF/ASiCManifest.xml -CAfile certificates/court-root.pem",
                "openssl x509 -in certificates/court-root.pem -noout -subject -fingerprint -sha256",
                "-token_in -CAfile certificates/root.pem", "--court-root court-root.pem");
        assertThat(instructions).doesNotContain("-CAfile certificates/root.pem -purpose any");
    }

    @Test
    void verifyTxtExplainsTheLevelsWhatARecipientNeedsAndWhichToolChecksWhat() throws Exception {
        String instructions = new String(Archives.entries(BundleFixture.standard().bundleFile(folder)).get(BundleLayout.VERIFY_TXT),
                StandardCharsets.UTF_8);

        assertThat(instructions).contains("7. Long-term validation.", "   B    ", "   T    ", "   LT   ", "   LTA  ",
                "you need only the root certificate", "evidence-desk-root-ca.pem", "openssl cms -verify -cades",
                "openssl ts -verify", "   pdfsig evidence-list.pdf", "EU DSS validator", "with the root certificate as its only");
        assertThat(instructions.indexOf("7. Long-term validation.")).isBetween(instructions.indexOf("6. The custody log"),
                instructions.indexOf("Or run everything at once"));
    }

    private String everyCommandRunsAsPrintedAndSucceeds(BundleFixture fixture) throws Exception {
        Path bundle = fixture.bundleFile(folder);
        Map<String, byte[]> parts = Archives.entries(bundle);
        String instructions = new String(parts.get(BundleLayout.VERIFY_TXT), StandardCharsets.UTF_8);
        List<Printed> commands = commands(instructions);
        assertThat(commands).extracting(Printed::text).anyMatch(text -> text.contains("店铺页面"));
        expectFromTheBundle(commands, parts);

        List<String> outputs = runInOneShell(commands);

        assertThat(outputs).hasSameSizeAs(commands);
        int verifications = 0;
        for (int i = 0; i < commands.size(); i++) {
            Printed command = commands.get(i);
            String output = outputs.get(i);
            assertThat(output).as(command.text()).endsWith("exit 0");
            if (command.text().matches("(?s)openssl (cms|ts) -verify.*")) {
                assertThat(output).as(command.text()).containsAnyOf("Verification successful", "Verification: OK");
                verifications++;
            }
            for (String expected : command.expected()) {
                assertThat(output).as(command.text()).containsIgnoringCase(expected);
            }
        }
        // The manifest signature, its time-stamp, three items' token and receipt each, the checkpoint's signature and token.
        assertThat(verifications).isEqualTo(2 + 3 * 2 + 2);
        return instructions;
    }

    @Test
    void aChangedEvidenceFileFailsItsPrintedCommands() throws Exception {
        Path bundle = BundleFixture.standard().bundleFile(folder);
        Map<String, byte[]> parts = Archives.entries(bundle);
        String instructions = new String(parts.get(BundleLayout.VERIFY_TXT), StandardCharsets.UTF_8);
        String first = parts.keySet().stream().filter(name -> name.startsWith("P-001 - ")).findFirst().orElseThrow();
        parts.put(first, Archives.flipOneByte(parts.get(first)));
        Archives.write(folder.resolve("bundle.asice"), parts);

        List<Printed> commands = commands(instructions);
        List<String> outputs = runInOneShell(commands);

        int checked = 0;
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).text().startsWith("openssl ts -verify -data 'P-001 - ")) {
                assertThat(outputs.get(i)).contains("Verification: FAILED").doesNotEndWith("exit 0");
                checked++;
            }
        }
        assertThat(checked).isOne();
    }

    /** Each command line of the instructions with the lines that continue it, and the value a "# expected:" line gives. */
    private static List<Printed> commands(String instructions) {
        List<Printed> commands = new ArrayList<>();
        List<String> lines = instructions.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher expected = EXPECTED.matcher(line);
            if (expected.matches()) {
                commands.get(commands.size() - 1).expected().add(expected.group(1).strip());
            } else if (COMMAND.matcher(line).matches()) {
                StringBuilder text = new StringBuilder(line.strip());
                while (line.endsWith("\\")) {
                    line = lines.get(++i);
                    text.append('\n').append(line);
                }
                commands.add(new Printed(text.toString(), new ArrayList<>()));
            }
        }
        return commands;
    }

    /** What the bundle itself says the digest commands of steps 4 and 6 print, which VERIFY.txt states in words. */
    private static void expectFromTheBundle(List<Printed> commands, Map<String, byte[]> parts) throws Exception {
        AsicManifest manifest = AsicManifest.parse(parts.get(BundleLayout.ASIC_MANIFEST));
        String manifestJson = manifest.references().stream().filter(reference -> reference.name().equals(BundleLayout.MANIFEST_JSON))
                .map(reference -> Base64.getEncoder().encodeToString(reference.sha256())).findFirst().orElseThrow();
        List<String> log = new String(parts.get(BundleLayout.CUSTODY_LOG), StandardCharsets.UTF_8).lines().toList();
        Map<String, Object> entry = null;
        for (Printed command : commands) {
            Matcher line = LINE.matcher(command.text());
            if (line.find()) {
                entry = JsonProbe.object(log.get(Integer.parseInt(line.group(1)) - 1));
            }
            if (command.text().startsWith("openssl dgst -sha256 -binary manifest.json")) {
                command.expected().add(manifestJson);
            } else if (command.text().contains("# = its \"hash\"")) {
                command.expected().add((String) entry.get("hash"));
            } else if (command.text().contains("# = its \"commitment\"")) {
                command.expected().add((String) entry.get("commitment"));
            }
        }
        assertThat(commands).filteredOn(command -> command.text().contains("# = its")).hasSize(2)
                .allSatisfy(command -> assertThat(command.expected()).hasSize(1));
    }

    /** One bash, as a reader's terminal: each command's output, ending in its exit status. */
    private List<String> runInOneShell(List<Printed> commands) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            script.append("echo '").append(MARK).append(i).append("'\n").append(commands.get(i).text()).append("\necho \"exit $?\"\n");
        }
        Process bash = new ProcessBuilder("bash", "-c", script.toString()).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> outputs = new ArrayList<>(List.of(output.split(Pattern.quote(MARK) + "\\d+\n", -1)));
        assertThat(outputs.remove(0)).as("output before the first command").isEmpty();
        return outputs.stream().map(String::strip).toList();
    }
}
