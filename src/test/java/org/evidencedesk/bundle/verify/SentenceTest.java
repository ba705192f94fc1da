package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.evidencedesk.bundle.AsicManifest;
import org.evidencedesk.custody.ChainProblem;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.signing.SigningProblem;
import org.junit.jupiter.api.Test;

/**
 * Every sentence a report can say, its own and the reasons the signing checks, the custody chain check and the ASiC
 * manifest give, has its words in both languages, taking exactly the arguments the code gives.
 */
class SentenceTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final ResourceBundle ENGLISH = Phrase.messages(Locale.ENGLISH);
    private static final ResourceBundle CHINESE = Phrase.messages(Locale.SIMPLIFIED_CHINESE);
    private static final List<Phrase.Kind> KINDS = Stream.of(Sentence.values(), SigningProblem.values(), ChainProblem.values(),
            AsicManifest.Problem.values()).flatMap(Stream::of).map(Phrase.Kind.class::cast).toList();

    @Test
    void everySentenceIsInBothBundlesWithItsArguments() {
        for (Phrase.Kind sentence : KINDS) {
            Set<Integer> expected = IntStream.range(0, sentence.arity()).boxed().collect(Collectors.toSet());
            for (ResourceBundle messages : new ResourceBundle[] {ENGLISH, CHINESE}) {
                assertThat(messages.containsKey(sentence.key())).as(sentence.key() + " in " + messages.getLocale()).isTrue();
                assertThat(arguments(messages.getString(sentence.key()))).as(sentence.key() + " in " + messages.getLocale())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void everySentenceSaysItsArgumentsWithNoStrayQuotesAndIsTranslated() {
        for (Phrase.Kind sentence : KINDS) {
            Object[] values = IntStream.range(0, sentence.arity()).mapToObj(i -> "«" + i + "»").toArray();
            for (ResourceBundle messages : new ResourceBundle[] {ENGLISH, CHINESE}) {
                String said = Phrase.of(sentence, values).render(messages);
                for (Object value : values) {
                    assertThat(said).as(sentence.key()).contains((String) value);
                }
                assertThat(said).as(sentence.key()).doesNotContain("{", "}");
            }
            assertThat(Phrase.of(sentence, values).render(CHINESE)).as(sentence.key())
                    .isNotEqualTo(Phrase.of(sentence, values).render(ENGLISH));
        }
    }

    @Test
    void aPhraseRefusesTheWrongNumberOfArguments() {
        assertThatThrownBy(() -> Phrase.of(Sentence.SOME_CHANGED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Phrase.of(Sentence.FILE_EMPTY, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nestedPhrasesAreSaidInTheSameLanguage() {
        Phrase phrase = Sentence.all(List.of(Phrase.of(Sentence.PART_MISSING, "certificates/tsa.pem"),
                Phrase.of(Sentence.CERTIFICATE_EXPIRED, "certificates/root.pem", "2020-01-01T00:00:00Z")));

        assertThat(phrase.in(Locale.ENGLISH)).isEqualTo("certificates/tsa.pem is missing; certificates/root.pem expired on 2020-01-01T00:00:00Z");
        assertThat(phrase.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("缺少 certificates/tsa.pem；certificates/root.pem 已于 2020-01-01T00:00:00Z 过期");
    }

    @Test
    void everySentenceIsSaidSomewhereAndNoneIsMissing() throws IOException {
        assertThat(unsaid("bundle", "Sentence.", Sentence.values())).as("sentences no code says").isEmpty();
        assertThat(unsaid("signing", "SigningProblem.", SigningProblem.values())).as("signing problems no code says").isEmpty();
        assertThat(unsaid("custody", "ChainProblem.", ChainProblem.values())).as("chain problems no code says").isEmpty();
        assertThat(unsaid("bundle", "Problem.", AsicManifest.Problem.values())).as("manifest problems no code says").isEmpty();
    }

    @Test
    void theOtherPackagesReasonsAreSaidInChinese() {
        Phrase chain = Phrase.of(ChainProblem.BROKEN_LINK, 3);
        Phrase untrusted = Phrase.of(SigningProblem.SIGNATURE_TIMESTAMP, Phrase.of(SigningProblem.UNTRUSTED_CHAIN, "CN=Signer",
                Phrase.of(SigningProblem.EITHER, "CN=Root A", "CN=Root B"), "No issuer certificate for certificate in certification path found."));

        assertThat(chain.toString()).isEqualTo("entry 3 does not link to the entry before it");
        assertThat(chain.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 3 条记录未链接到其前一条记录");
        assertThat(untrusted.toString()).isEqualTo("signature time-stamp: no valid chain from CN=Signer to the trusted root"
                + " CN=Root A or CN=Root B (No issuer certificate for certificate in certification path found.)");
        assertThat(untrusted.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("签名时间戳：从 CN=Signer 到受信任的根证书 CN=Root A 或 CN=Root B"
                + " 没有有效的证书链（No issuer certificate for certificate in certification path found.）");
    }

    @Test
    void aRawExceptionMessageIsFramedInTheReadersLanguage() {
        Phrase said = Sentence.of(new IOException("Stream closed"));

        assertThat(said.in(Locale.ENGLISH)).isEqualTo("error: Stream closed");
        assertThat(said.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("错误：Stream closed");
    }

    @Test
    void aRefusedAsicManifestIsSaidInChineseAndLoggedInEnglish() {
        byte[] doctype = "<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        IOException refused = org.assertj.core.api.Assertions.catchThrowableOfType(IOException.class, () -> AsicManifest.parse(doctype));

        assertThat(refused).isInstanceOf(AsicManifest.Refused.class).hasMessage("the ASiC manifest is not well-formed XML for this"
                + " reader: it carries a DOCTYPE, which is refused (no DTD, no entities)");
        assertThat(Sentence.of(refused).in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("对本读取程序而言，ASiC 清单不是格式正确的 XML：它带有"
                + " DOCTYPE，予以拒绝（不接受 DTD，不接受实体）");
    }

    /** The constants of a kind that no code under {@code src/main/java/org/evidencedesk/<area>} names. */
    private static Set<String> unsaid(String area, String prefix, Enum<?>[] constants) throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/evidencedesk", area))) {
            code = files.filter(file -> file.toString().endsWith(".java")).map(SentenceTest::read).collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (Enum<?> constant : constants) {
            if (!code.contains(prefix + constant.name())) {
                unused.add(constant.name());
            }
        }
        return unused;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
