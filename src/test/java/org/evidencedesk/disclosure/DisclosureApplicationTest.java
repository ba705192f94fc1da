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
class DisclosureApplicationTest {

    private static final String LONGEST = "证".repeat(DisclosureApplication.LIMIT);

    @Test
    void eachMissingElementIsNamedByItsOwnKey() throws IOException {
        assertMissing(new DisclosureApplication(null, "fact", "controlled", "must"), "disclosure.evidenceSought");
        assertMissing(new DisclosureApplication("sought", " ", "controlled", "must"), "disclosure.factToProve");
        assertMissing(new DisclosureApplication("sought", "fact", "\n\t", "must"), "disclosure.whyControlled");
        assertMissing(new DisclosureApplication("sought", "fact", "controlled", null), "disclosure.whyMustProduce");
    }

    @Test
    void theFirstMissingElementInTheArticlesOrderIsReported() throws IOException {
        assertMissing(new DisclosureApplication(null, null, null, null), "disclosure.evidenceSought");
        assertMissing(new DisclosureApplication("sought", null, null, ""), "disclosure.factToProve");
    }

    @Test
    void aDraftMayBeIncompleteButNotOverLong() {
        assertThatCode(() -> new DisclosureApplication(null, null, null, null).checkLengths()).doesNotThrowAnyException();
        assertThatCode(() -> new DisclosureApplication(" " + LONGEST + "\n", null, "", null).checkLengths()).doesNotThrowAnyException();
        for (int element = 0; element < 4; element++) {
            String[] values = {"sought", "fact", "controlled", "must"};
            values[element] = LONGEST + "据";
            DisclosureApplication application = new DisclosureApplication(values[0], values[1], values[2], values[3]);
            BusinessException refusal = refused("disclosure.elementTooLong", application::checkLengths);
            assertThat(refusal.arguments()).containsExactly(DisclosureApplication.LIMIT);
        }
    }

    @Test
    void anOverLongElementIsReportedBeforeAMissingOne() {
        refused("disclosure.elementTooLong", () -> new DisclosureApplication(null, LONGEST + "据", null, null).checkComplete());
    }

    @Test
    void aCompleteApplicationAtTheLimitsFiles() {
        assertThatCode(() -> new DisclosureApplication(LONGEST, LONGEST, LONGEST, LONGEST).checkComplete()).doesNotThrowAnyException();
    }

    @Test
    void theApplicantMaySayTheEvidenceHoldsTradeSecrets_IPE26() {
        assertThat(new DisclosureApplication("sought", "fact", "controlled", "must").saysTradeSecrets())
                .as("an application says nothing of trade secrets unless the applicant does").isFalse();
        assertThat(new DisclosureApplication("sought", "fact", "controlled", "must", true).saysTradeSecrets()).isTrue();
        assertThatCode(() -> new DisclosureApplication("sought", "fact", "controlled", "must", true).checkComplete())
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
        assertThat(DisclosureApplication.stripped(null)).isEmpty();
        assertThat(DisclosureApplication.stripped("  销售账簿\n")).isEqualTo("销售账簿");
    }

    private static void assertMissing(DisclosureApplication application, String elementKey) throws IOException {
        BusinessException refusal = refused("disclosure.elementMissing", application::checkComplete);
        assertThat(refusal.arguments()).containsExactly(new Translatable(elementKey));
        for (String bundle : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            assertThat(load(bundle).getProperty(elementKey)).as(elementKey + " in " + bundle).isNotBlank();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DisclosureApplicationTest.class.getResourceAsStream("/org/evidencedesk/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
