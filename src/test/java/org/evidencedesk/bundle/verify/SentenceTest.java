package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sentence a report can say has its words in both languages, taking exactly the arguments the code gives. */
class SentenceTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final ResourceBundle ENGLISH = Phrase.messages(Locale.ENGLISH);
    private static final ResourceBundle CHINESE = Phrase.messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void everySentenceIsInBothBundlesWithItsArguments() {
        for (Sentence sentence : Sentence.values()) {
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
        for (Sentence sentence : Sentence.values()) {
            Object[] values = IntStream.range(0, sentence.arity()).mapToObj(i -> "«" + i + "»").toArray();
            for (ResourceBundle messages : new ResourceBundle[] {ENGLISH, CHINESE}) {
                String said = Phrase.of(sentence, values).render(messages);
                for (Object value : values) {
                    assertThat(said).as(sentence.key()).contains((String) value);
                }
                assertThat(said).as(sentence.key()).doesNotContain("{", "}");
            }
            if (sentence != Sentence.AS_REPORTED) {
                assertThat(Phrase.of(sentence, values).render(CHINESE)).as(sentence.key())
                        .isNotEqualTo(Phrase.of(sentence, values).render(ENGLISH));
            }
        }
    }

    @Test
    void aPhraseRefusesTheWrongNumberOfArguments() {
        assertThatThrownBy(() -> Phrase.of(Sentence.SOME_CHANGED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Phrase.of(Sentence.FILE_EMPTY, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nestedPhrasesAreSaidInTheSameLanguage() {
        Phrase phrase = Phrase.all(java.util.List.of(Phrase.of(Sentence.PART_MISSING, "certificates/tsa.pem"),
                Phrase.of(Sentence.CERTIFICATE_EXPIRED, "certificates/root.pem", "2020-01-01T00:00:00Z")));

        assertThat(phrase.in(Locale.ENGLISH)).isEqualTo("certificates/tsa.pem is missing; certificates/root.pem expired on 2020-01-01T00:00:00Z");
        assertThat(phrase.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("缺少 certificates/tsa.pem；certificates/root.pem 已于 2020-01-01T00:00:00Z 过期");
    }

    @Test
    void everySentenceIsSaidSomewhereAndNoneIsMissing() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/evidencedesk/bundle"))) {
            code = files.filter(file -> file.toString().endsWith(".java")).map(SentenceTest::read).collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (Sentence sentence : Sentence.values()) {
            if (!code.contains("Sentence." + sentence.name())) {
                unused.add(sentence.name());
            }
        }
        assertThat(unused).as("sentences no code says").isEmpty();
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
