package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.evidencedesk.api.ApiClient;
import org.evidencedesk.support.Browser;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Personal access tokens on My account, in a real browser: counsel makes one, sees its secret once, uses it on the
 * API, no longer sees it after a reload, revokes it, and the API refuses it. Court staff are offered the court scope,
 * counsel are not; a last day more than a year away is refused with nothing made; the section reads in Chinese.
 */
@ExtendWith(SharedServer.class)
class AccessTokensBrowserIT {

    @Test
    void counselMakesATokenSeesItOnceUsesItAndRevokesIt() throws Exception {
        String name = "Docket sync " + Long.toString(System.nanoTime(), 36);
        String secret;
        try (Browser counsel = new Browser(SharedServer.baseUrl(), "en-US")) {
            counsel.login("counsel", ApiClient.DEMO_PASSWORD).open("account.xhtml");
            assertThat(scopeLabels(counsel)).as("the scopes offered to counsel")
                    .anySatisfy(label -> assertThat(label).startsWith("read:"))
                    .anySatisfy(label -> assertThat(label).startsWith("export:"))
                    .noneSatisfy(label -> assertThat(label).startsWith("court:"));

            counsel.type(By.id("tokens:name"), name);
            counsel.find(By.xpath("//form[@id='tokens']//label[starts-with(normalize-space(.), 'read:')]")).click();
            // 90 days from the court's today, which may be a day ahead of this machine's.
            assertThat(LocalDate.parse(counsel.find(By.id("tokens:lastDay")).getDomProperty("value"))).as("the last day offered")
                    .isBetween(LocalDate.now().plusDays(89), LocalDate.now().plusDays(91));
            counsel.clickAndWait(By.id("tokens:create"));

            secret = counsel.find(By.id("token-secret")).getText().strip();
            assertThat(secret).startsWith("edk_").hasSizeGreaterThan(40);
            assertThat(counsel.text()).contains("Token \"" + name + "\" created.", "shown only this once");
            assertThat(counsel.currentUrl()).doesNotContain(secret.substring(4));
            assertThat(row(counsel, name).getText()).contains(secret.substring(0, 12), "read", "Active", "Never");

            ApiClient.withToken(secret).get("/me").then().statusCode(200)
                    .body("username", equalTo("counsel"))
                    .body("tokenName", equalTo(name))
                    .body("scopes", equalTo(List.of("read")));

            counsel.driver().navigate().refresh();
            counsel.find(By.id("tokenList:token-list"));
            assertThat(counsel.driver().findElements(By.id("token-secret"))).as("the secret after a reload").isEmpty();
            assertThat(counsel.driver().getPageSource()).doesNotContain(secret);
            assertThat(row(counsel, name).getText()).as("used once by the API call").doesNotContain("Never");

            row(counsel, name).findElement(By.cssSelector("button[id$=':revoke']")).click();
            // The dialog is filled in by script after the click: wait for its question before answering it.
            new WebDriverWait(counsel.driver(), Duration.ofSeconds(10)).until(driver ->
                    driver.findElement(By.id("tokenList:revoke-confirm")).getText().contains("Revoke this token?"));
            counsel.clickAndWait(By.id("tokenList:revoke-yes"));

            assertThat(counsel.text()).contains("Token \"" + name + "\" revoked");
            assertThat(row(counsel, name).getText()).contains("Revoked");
            assertThat(row(counsel, name).findElements(By.cssSelector("button[id$=':revoke']"))).isEmpty();
        }
        ApiClient.withToken(secret).get("/me").then().statusCode(401).body("key", equalTo("api.token.invalid"));
    }

    @Test
    void aJudgeMayGiveTheCourtScopeButNotALastDayBeyondAYearAndReadsItInChinese() throws Exception {
        String name = "法官助理脚本 " + Long.toString(System.nanoTime(), 36);
        try (Browser judge = new Browser(SharedServer.baseUrl(), "zh-CN")) {
            judge.login("judge", ApiClient.DEMO_PASSWORD).open("account.xhtml");
            assertThat(judge.text()).contains("API 访问令牌", "创建令牌", "最后有效日");
            assertThat(scopeLabels(judge)).anySatisfy(label -> assertThat(label).startsWith("court："));

            judge.type(By.id("tokens:name"), name);
            judge.find(By.xpath("//form[@id='tokens']//label[starts-with(normalize-space(.), 'court：')]")).click();
            judge.type(By.id("tokens:lastDay"), LocalDate.now().plusYears(1).plusDays(2).toString());
            judge.clickAndWait(By.id("tokens:create"));

            assertThat(judge.text()).contains("令牌最长有效一年").doesNotContain(name);
            assertThat(judge.driver().findElements(By.id("token-secret"))).isEmpty();
        }
    }

    private static List<String> scopeLabels(Browser browser) {
        return browser.find(By.id("tokens:scopes")).findElements(By.tagName("label")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private static WebElement row(Browser browser, String name) {
        return browser.find(By.xpath("//*[@id='tokenList:token-list']//tr[.//*[normalize-space(text())='" + name + "']]"));
    }
}
