package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencedesk.support.Browser;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** In a real browser: the administrator creates a user, who logs in and switches to Chinese. */
@ExtendWith(SharedServer.class)
class FoundationJourneyIT {

    @Test
    void administratorCreatesUserWhoLogsInAndSwitchesToChinese() throws Exception {
        try (Browser browser = new Browser(SharedServer.baseUrl(), "en-US")) {
            browser.open("");
            assertThat(browser.currentUrl()).endsWith("/login.xhtml");

            browser.login("admin", SharedServer.ADMIN_PASSWORD);
            assertThat(browser.text()).contains("Welcome, Administrator");

            browser.clickAndWait(By.linkText("Users"))
                    .type(By.id("create:username"), "li.hua")
                    .type(By.id("create:displayName"), "Li Hua")
                    .type(By.id("create:email"), "li.hua@court.example")
                    .type(By.id("create:password"), "correct horse battery staple");
            browser.find(By.xpath("//label[text()='Clerk']")).click();
            browser.clickAndWait(By.id("create:submit"));
            assertThat(browser.text()).contains("User li.hua created.", "Li Hua");

            browser.clickAndWait(By.id("session:logout"));
            assertThat(browser.text()).contains("You have logged out.");

            browser.login("li.hua", "correct horse battery staple");
            assertThat(browser.text()).contains("Welcome, Li Hua.", "Clerk")
                    .doesNotContain("Users");

            browser.clickAndWait(By.id("language:zh"));
            assertThat(browser.text()).contains("欢迎，Li Hua。", "书记员", "退出登录", "首页");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        }
    }
}
