package org.evidencedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administration › Rule sets over HTTP: what an administrator reads in each language, and the switch of a proposed rule. */
@ExtendWith(SharedServer.class)
class RuleSetsWebIT {

    private static final String PAGE = "admin/rules.xhtml";
    private static final Pattern PROPOSED_SECTION = Pattern.compile(
            "<section[^>]*id=\"rule-ecommerce-tech-lower-burden-v1\".*?</section>", Pattern.DOTALL);
    private static final Pattern BUTTON = Pattern.compile("name=\"rules:(rule:\\d+:(?:enable|disable))\"");

    @Test
    void anAdministratorReadsEveryRuleSetInEnglish() throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl()).acceptLanguage("en");
        client.login("admin", SharedServer.ADMIN_PASSWORD);

        String page = client.get(PAGE).body();

        assertThat(page).contains("Rule sets", "aucl-32a@1", "Anti-Unfair Competition Law of the PRC (2019 amendment), art. 32, para. 1",
                "Preliminary evidence that the rights holder took confidentiality measures",
                "Patent Law of the PRC (2020 amendment), art. 71, para. 4", "Trade secret",
                "always enabled", "Proposed rule: not binding law");
        assertThat(page).contains("[1] AND (([2] AND [3]) OR [4] OR [5])").as("AUCL 32(2) read as the statute has it");
        assertThat(BUTTON.matcher(page).results().count()).as("a switch for the one proposed rule only").isEqualTo(1);
    }

    /** Issue 12, point 6: damages and disclosure rules move no burden, and the page never says they do. */
    @Test
    void noDamagesOrDisclosureRuleSaysTheBurdenMovesToTheRespondent_Patent71_4_Ipe24() throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl()).acceptLanguage("en");
        client.login("admin", SharedServer.ADMIN_PASSWORD);
        String page = client.get(PAGE).body();

        for (String damages : new String[] {"patent-71-4-v1", "trademark-63-2-v1", "copyright-54-4-v1"}) {
            assertThat(section(page, damages)).doesNotContain("Burden moves to")
                    .contains("No burden moves", "by reference to the rights holder’s claim and evidence");
        }
        for (String disclosure : new String[] {"ipe-24-26-v1", "ce-45-48-v1"}) {
            assertThat(section(page, disclosure)).doesNotContain("Burden moves to").contains("No burden moves", "may be either side");
        }
        assertThat(section(page, "aucl-32a-v1")).contains("Burden moves to", "Respondent");
        // What follows non-compliance, by the article each order rule names (CE art. 48, IPE art. 25, Patent Law 71(4)).
        assertThat(section(page, "ce-45-48-v1")).contains("If the order is not complied with", "CE art. 48",
                "the content of the document");
        assertThat(section(page, "ipe-24-26-v1")).contains("IPE art. 25 para. 1", "may presume");
        assertThat(section(page, "patent-71-4-v1")).contains("If the order is not complied with", "Patent Law art. 71 para. 4");
        assertThat(section(page, "aucl-32a-v1")).doesNotContain("If the order is not complied with");
    }

    /** Issue 12, point 13: the 2025 AUCL's art. 39 versions beside the 2019 art. 32 ones, each for its conduct dates. */
    @Test
    void theAucl2025Art39VersionsAreListedWithTheConductTheyGovern_Aucl2025Art39() throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl()).acceptLanguage("zh-CN");
        client.login("admin", SharedServer.ADMIN_PASSWORD);
        String page = client.get(PAGE).body();

        assertThat(section(page, "aucl-39a-v1")).contains("《中华人民共和国反不正当竞争法》（2025年修订）第三十九条第一款", "2025-10-15 起");
        assertThat(section(page, "aucl-39b-v1")).contains("第三十九条第二款");
        assertThat(section(page, "aucl-32a-v1")).contains("2025-10-15 以前");
        assertThat(section(page, "patent-71-4-v1")).contains("不转移举证责任").doesNotContain("举证责任转移至");
    }

    /** Issue 12, point 7: recording the instrument needs its citation in both languages; a refused attempt changes nothing. */
    @Test
    void anInstrumentWithoutItsCitationIsRefusedAndTheRuleStaysProposed() throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl()).acceptLanguage("en");
        client.login("admin", SharedServer.ADMIN_PASSWORD);
        assertThat(client.get(PAGE).body()).contains("Record the instrument that makes a proposed rule binding");

        HttpResponse<String> refused = client.submit(PAGE, "adopt", "submit", Map.of("rule", "ecommerce-tech-lower-burden@1",
                "citationEn", "Pilot notice No. 3", "citationZh", " ", "date", "2026-01-05"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Give the citation of the instrument in Chinese and in English");
        assertThat(client.get(PAGE).body()).doesNotContain("rule-ecommerce-tech-lower-burden-v2");
    }

    @Test
    void aChineseReaderReadsTheChineseTexts() throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl()).acceptLanguage("zh-CN");
        client.login("admin", SharedServer.ADMIN_PASSWORD);

        String page = client.get(PAGE).body();

        assertThat(page).contains("规则集", "《中华人民共和国反不正当竞争法》（2019年修正）第三十二条第一款",
                "涉嫌侵权人应当证明其不存在侵犯商业秘密的行为。", "[1] 且 (([2] 且 [3]) 或 [4] 或 [5])", "拟议规则：不具有法律约束力");
    }

    @Test
    void anAdministratorEnablesAndDisablesTheProposedRule() throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl()).acceptLanguage("en");
        client.login("admin", SharedServer.ADMIN_PASSWORD);
        assertThat(proposedSection(client.get(PAGE).body())).contains("Disabled", "Never: as shipped");

        HttpResponse<String> enabled = press(client, "enable");
        try {
            assertThat(enabled.statusCode()).isEqualTo(302);
            String page = client.get(PAGE).body();
            assertThat(page).contains("Rule set ecommerce-tech-lower-burden@1 is enabled.");
            assertThat(proposedSection(page)).contains("Enabled", "admin ·").doesNotContain("Never: as shipped");
        } finally {
            // The server is shared: leave the rule as shipped for the tests that come after.
            assertThat(press(client, "disable").statusCode()).isEqualTo(302);
        }
        assertThat(proposedSection(client.get(PAGE).body())).contains("Disabled");
    }

    @Test
    void counselCannotOpenThePage() throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl());
        client.login("counsel", "Demo-Evidence-2026");

        assertThat(client.get(PAGE).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> press(WebClient client, String action) throws Exception {
        Matcher button = BUTTON.matcher(proposedSection(client.get(PAGE).body()));
        assertThat(button.find()).as("a button in the proposed rule's section").isTrue();
        assertThat(button.group(1)).endsWith(":" + action);
        return client.submit(PAGE, "rules", button.group(1), Map.of());
    }

    private static String section(String page, String id) {
        Matcher section = Pattern.compile("<section[^>]*id=\"rule-" + Pattern.quote(id) + "\".*?</section>", Pattern.DOTALL).matcher(page);
        assertThat(section.find()).as("the section of " + id).isTrue();
        return section.group();
    }

    private static String proposedSection(String page) {
        Matcher section = PROPOSED_SECTION.matcher(page);
        assertThat(section.find()).as("the proposed rule's section").isTrue();
        return section.group();
    }
}
