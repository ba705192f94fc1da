package org.evidencedesk.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Debian's chromedriver; nothing is downloaded. */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    public Browser(String baseUrl, String language) throws java.io.IOException {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run", "--window-size=1366,900",
                        "--lang=" + language,
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks and waits for the page that the click loads. */
    public Browser clickAndWait(By by) {
        WebElement element = find(by);
        element.click();
        wait.until(ExpectedConditions.stalenessOf(element));
        return this;
    }

    public Browser login(String username, String password) {
        open("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        return clickAndWait(By.id("login:submit"));
    }

    public String text() {
        return find(By.tagName("body")).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
