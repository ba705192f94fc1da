package org.evidencedesk.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.evidencedesk.disclosure.OrderTermsTest.refused;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;
import org.junit.jupiter.api.Test;

/** CE art. 45's four elements: which one is missing, and the length of each. */
class ApplicationTest {

    private static final String LONGEST = "证".repeat(Application.LIMIT);

    @Test
    void eachMissingElementIsNamedByItsOwnKey() throws IOException {
        assertMissing(new Application(null, "fact", "controlled", "must"), "disclosure.evidenceSought");
        assertMissing(new Application("sought", " ", "controlled", "must"), "disclosure.factToProve");
        assertMissing(new Application("sought", "fact", "\n\t", "must"), "disclosure.whyControlled");
        assertMissing(new Application("sought", "fact", "controlled", null), "disclosure.whyMustProduce");
    }

    @Test
    void theFirstMissingElementInTheArticlesOrderIsReported() throws IOException {
        assertMissing(new Application(null, null, null, null), "disclosure.evidenceSought");
        assertMissing(new Application("sought", null, null, ""), "disclosure.factToProve");
    }

    @Test
    void aDraftMayBeIncompleteButNotOverLong() {
        assertThatCode(() -> new Application(null, null, null, null).checkLengths()).doesNotThrowAnyException();
        assertThatCode(() -> new Application(" " + LONGEST + "\n", null, "", null).checkLengths()).doesNotThrowAnyException();
        for (int element = 0; element < 4; element++) {
            String[] values = {"sought", "fact", "controlled", "must"};
            values[element] = LONGEST + "据";
            Application application = new Application(values[0], values[1], values[2], values[3]);
            BusinessException refusal = refused("disclosure.elementTooLong", application::checkLengths);
            assertThat(refusal.arguments()).containsExactly(Application.LIMIT);
        }
    }

    @Test
    void anOverLongElementIsReportedBeforeAMissingOne() {
        refused("disclosure.elementTooLong", () -> new Application(null, LONGEST + "据", null, null).checkComplete());
    }

    @Test
    void aCompleteApplicationAtTheLimitsFiles() {
        assertThatCode(() -> new Application(LONGEST, LONGEST, LONGEST, LONGEST).checkComplete()).doesNotThrowAnyException();
    }

    @Test
    void theApplicantMaySayTheEvidenceHoldsTradeSecrets_IPE26() {
        assertThat(new Application("sought", "fact", "controlled", "must").saysTradeSecrets())
                .as("an application says nothing of trade secrets unless the applicant does").isFalse();
        assertThat(new Application("sought", "fact", "controlled", "must", true).saysTradeSecrets()).isTrue();
        assertThatCode(() -> new Application("sought", "fact", "controlled", "must", true).checkComplete())
                .doesNotThrowAnyException();
    }

    @Test
    void anApplicationUnderIpeArticle24IsForAnOrderToProduceEvidenceNotADocumentOrder_IPE24() throws IOException {
        // IPE art. 24 ("责令控制证据的对方当事人提交证据") covers all kinds of evidence: 书证提出命令 names only documents.
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).allSatisfy(key ->
                assertThat(chinese.getProperty(key)).as(key).doesNotContain("书证提出命令"));
        assertThat(chinese.getProperty("disclosure.new")).contains("责令提交证据申请");
        Properties english = load("messages.properties");
        assertThat(english.stringPropertyNames()).allSatisfy(key ->
                assertThat(english.getProperty(key)).as(key).doesNotContainIgnoringCase("disclosure order"));
    }

    @Test
    void strippedTreatsNothingAsEmpty() {
        assertThat(Application.stripped(null)).isEmpty();
        assertThat(Application.stripped("  销售账簿\n")).isEqualTo("销售账簿");
    }

    private static void assertMissing(Application application, String elementKey) throws IOException {
        BusinessException refusal = refused("disclosure.elementMissing", application::checkComplete);
        assertThat(refusal.arguments()).containsExactly(new Translatable(elementKey));
        for (String bundle : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            assertThat(load(bundle).getProperty(elementKey)).as(elementKey + " in " + bundle).isNotBlank();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ApplicationTest.class.getResourceAsStream("/org/evidencedesk/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
