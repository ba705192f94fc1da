package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in English and Simplified Chinese, and every key a page or the code names exists. */
class MessageBundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile("(?:error|info|BusinessException)\\(\"([a-z][A-Za-z0-9_.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void chineseTextsAreTranslatedNotCopied() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        for (String key : english.stringPropertyNames()) {
            if (!key.equals("app.name") && english.getProperty(key).matches(".*[a-z]{3,}.*") && !key.startsWith("jakarta.")) {
                assertThat(chinese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void everyPatternFormats() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                new MessageFormat(messages.getProperty(key), Locale.ROOT).format(new Object[] {"a", "b", "c"});
            }
        }
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("webapp")), Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : new Pattern[] {PAGE_KEY, CODE_KEY}) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        assertThat(keys).as(file + " uses " + matcher.group(1)).contains(matcher.group(1));
                    }
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/evidencedesk/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
