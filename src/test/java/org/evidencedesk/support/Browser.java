package org.evidencedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.TakesScreenshot;
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

    public Browser(String baseUrl, String language) throws IOException {
        this(baseUrl, language, null);
    }

    /** A browser that saves every download, without asking, into {@code downloads} under the name the server gives. */
    public Browser(String baseUrl, String language, Path downloads) throws IOException {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run", "--window-size=1366,900",
                        "--lang=" + language,
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // Headless Chromium on Linux ignores --lang for the Accept-Language it sends; the preference sets it.
        java.util.Map<String, Object> prefs = new java.util.HashMap<>(java.util.Map.of("intl.accept_languages", language));
        if (downloads != null) {
            prefs.putAll(java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false, "safebrowsing.enabled", false));
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        if (downloads != null) {
            // Headless Chromium may ignore the download preference; the DevTools command makes it hold.
            chrome.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                    "downloadPath", downloads.toAbsolutePath().toString()));
        }
        this.driver = chrome;
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
        wait.until(driver -> isGone(element));
        return this;
    }

    /**
     * Whether the page that held the element has been replaced. Chromium sometimes reports a replaced
     * node as one that "does not belong to the document" instead of as stale: both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    public Browser login(String username, String password) {
        open("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        return clickAndWait(By.id("login:submit"));
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its visible label, through the menu's own widget
     * (its overlay animation makes clicking the item unreliable in a headless browser).
     */
    public Browser choose(String menuId, String label) {
        find(By.id(menuId + "_label"));
        ((JavascriptExecutor) driver).executeScript(
                "var select = document.getElementById(arguments[0] + '_input'); var label = arguments[1];"
                        + "var option = Array.from(select.options).find(function (o) { return o.text === label; });"
                        + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);",
                menuId, label);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
        return this;
    }

    /** Clicks the button of a case step (styled ed-step-NAME) and waits for the page it loads. */
    public Browser takeStep(String step) {
        return clickAndWait(By.cssSelector("button.ed-step-" + step));
    }

    /** Types into an input of the panel that holds a step's button, found by the end of its id. */
    public Browser typeInStep(String step, String idSuffix, String text) {
        WebElement form = find(By.cssSelector("button.ed-step-" + step))
                .findElement(By.xpath("ancestor::div[contains(@class, 'ed-action')]"));
        WebElement input = form.findElement(By.cssSelector("input[id$=':" + idSuffix + "']"));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        return this;
    }

    /** Saves a screenshot under target/screenshots, to look at when a journey fails. */
    public void screenshot(String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fetches a URL of the application with this browser's session, outside the browser. */
    public byte[] fetch(String path) throws IOException, InterruptedException {
        java.net.http.HttpResponse<byte[]> response = request(path);
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * Posts a plain HTML form of the open page as the browser would (its fields as they stand, to its action)
     * with this browser's session, outside the browser, and answers the body: for a form whose answer is a
     * download, which a headless browser would save where the test cannot easily find it.
     */
    public byte[] submitOutside(String formId) throws IOException, InterruptedException {
        WebElement form = find(By.id(formId));
        String body = (String) ((JavascriptExecutor) driver).executeScript(
                "return new URLSearchParams(new FormData(arguments[0])).toString();", form);
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(form.getDomProperty("action")))
                        .header("Cookie", "JSESSIONID=" + cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(formId + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The HTTP status a URL of the application answers with this browser's session. */
    public int status(String path) throws IOException, InterruptedException {
        return request(path).statusCode();
    }

    private java.net.http.HttpResponse<byte[]> request(String path) throws IOException, InterruptedException {
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        return java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path.replaceFirst("^/", "")))
                        .header("Cookie", "JSESSIONID=" + cookie).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
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
