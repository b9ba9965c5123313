package cn.gov.ln.credit.webapp;

import cn.gov.ln.testing.SignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver (never a downloaded one), with the flags this
 * machine needs, and the steps the browser tests share: signing in, waiting for what the server renders, clicking,
 * typing into and picking from Vaadin fields, dropping files on uploads, screenshots. Every wait is for a condition
 * in the page (Selenium's {@link WebDriverWait}), 30 seconds unless a step says otherwise.
 */
public final class BrowserSession implements AutoCloseable {

    /** The application shell's title: there once a signed-in page has rendered. */
    public static final By SHELL = By.cssSelector("h1.app-title");

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    public BrowserSession(int port) throws IOException {
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** A new browser, signed in as the user (demo password) through the login page, showing the application shell. */
    public static BrowserSession signedIn(int port, String username) throws IOException {
        BrowserSession session = new BrowserSession(port);
        try {
            session.signInAs(username);
            return session;
        } catch (RuntimeException e) {
            try {
                session.close();
            } catch (IOException | RuntimeException | AssertionError suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    // --- waiting for the page ---

    public WebElement await(By locator) {
        return until(WAIT, ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Waits until the condition holds (a value that is neither null nor false) and returns that value. */
    public <T> T until(Duration timeout, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(acrossReloads(condition));
    }

    /** As {@link #until(Duration, Function)}, checking every {@code poll} (for conditions that act, then look). */
    public <T> T until(Duration timeout, Duration poll, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, poll).until(acrossReloads(condition));
    }

    /**
     * A page that reloads (the language switch, a navigation) detaches the nodes a condition was reading; Chromium
     * then reports "Node ... does not belong to the document" as a plain WebDriverException, not as a stale
     * element. Either means "not yet": the condition is asked again on the new page.
     */
    static <T> Function<WebDriver, T> acrossReloads(Function<? super WebDriver, T> condition) {
        return d -> {
            try {
                return condition.apply(d);
            } catch (StaleElementReferenceException e) {
                return null;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        };
    }

    public void awaitUrlEnding(String suffix) {
        until(WAIT, d -> d.getCurrentUrl().endsWith(suffix));
    }

    public void awaitUrlMatching(String regex) {
        until(WAIT, d -> d.getCurrentUrl().matches(regex));
    }

    /** Waits until the element shows the text; a screenshot is kept when it never does. */
    public void awaitText(By locator, String text) {
        screenshotOnFailure("timeout-" + locator.toString().replaceAll("[^A-Za-z0-9-]+", "-"),
                () -> until(WAIT, ExpectedConditions.textToBePresentInElementLocated(locator, text)));
    }

    /** Waits until an input shows the value (a field the server fills, and may render anew, after an event). */
    public WebElement awaitValue(By locator, String value) {
        return until(WAIT, d -> {
            WebElement input = d.findElement(locator);
            return value.equals(input.getAttribute("value")) ? input : null;
        });
    }

    /** Waits for the application shell; returns its title. */
    public WebElement awaitShell() {
        return await(SHELL);
    }

    // --- signing in and out ---

    /** Signs in through the login page (and does not wait for what follows). */
    public void login(String username, String password) {
        open("/login");
        await(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }

    /** Signs in as the user with the demo password and waits for the application shell; returns its title. */
    public WebElement signInAs(String username) {
        login(username, SignIn.DEMO_PASSWORD);
        return awaitShell();
    }

    /** Signs out from the shell and waits for the login page that says so. */
    public void logout() {
        driver.findElement(By.id("logout")).click();
        awaitUrlEnding("/login?logout");
    }

    // --- acting on Vaadin components ---

    /** Clicks once the element is there, by script: Vaadin overlays (notifications) may cover it. */
    public void click(By locator) {
        WebElement element = await(locator);
        script("arguments[0].click();", element);
    }

    /** The input inside the Vaadin field with the id, once it is there. */
    public WebElement input(String fieldId) {
        return await(By.cssSelector("#" + fieldId + " input"));
    }

    /** Types into the field's input and leaves it (Tab), so the server has the value. */
    public void type(String fieldId, String text) {
        input(fieldId).sendKeys(text, Keys.TAB);
    }

    /** Opens the select and picks the option showing the text. */
    public void choose(String selectId, String option) {
        click(By.id(selectId));
        click(selectItem(option));
    }

    /** Types into the combo box and picks the item showing the text. */
    public void combo(String comboId, String text) {
        input(comboId).sendKeys(text);
        click(comboItem(text));
    }

    /** Picks the radio button with the label in the radio group. */
    public void radio(String groupId, String label) {
        click(By.xpath("//vaadin-radio-group[@id='" + groupId + "']//vaadin-radio-button[contains(., '" + label
                + "')]"));
    }

    /** Drops a file with the content on a Vaadin upload, as a user dropping a file would. */
    public void addFile(WebElement upload, String content, String fileName, String type) {
        script("arguments[0]._addFiles([new File([arguments[1]], arguments[2], {type: arguments[3]})]);", upload,
                content, fileName, type);
    }

    /** Picks a small PDF in the upload inside the component with the id, and waits until it is uploaded. */
    public void attach(String id, String fileName) {
        WebElement upload = await(By.cssSelector("#" + id + " vaadin-upload"));
        addFile(upload, "%PDF-1.4 test", fileName, "application/pdf");
        until(Duration.ofSeconds(20), d -> Boolean.TRUE.equals(script(
                "return arguments[0].files.length > 0 && arguments[0].files.every(f => f.complete);", upload)));
    }

    /** Downloads what the link offers, over HTTP with this browser's session, as a user clicking it would get. */
    public byte[] download(By link) throws IOException, InterruptedException {
        String href = await(link).getAttribute("href").replaceFirst("^https?://[^/]+", "");
        String session = driver.manage().getCookieNamed("CREDIT_SESSION").getValue();
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + href))
                        .header("Cookie", "CREDIT_SESSION=" + session).timeout(Duration.ofSeconds(60)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("download " + href + " answered " + response.statusCode());
        }
        return response.body();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs a script that calls its last argument with the result. */
    public Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    // --- finding by text ---

    /** The item of an open select's list that shows the text. */
    public static By selectItem(String text) {
        return By.xpath("//vaadin-select-item[contains(., '" + text + "')]");
    }

    /** The item of an open combo box's list that shows the text. */
    public static By comboItem(String text) {
        return By.xpath("//vaadin-combo-box-item[contains(., '" + text + "')]");
    }

    /** A cell of the grid with the id that shows the text. */
    public static By gridCell(String gridId, String text) {
        return By.xpath("//vaadin-grid[@id='" + gridId + "']//vaadin-grid-cell-content[contains(., '" + text
                + "')]");
    }

    // --- screenshots ---

    public void screenshot(String name) throws IOException {
        Path target = name.startsWith("/") ? Path.of(name + ".png") : Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Runs the step; when it fails, keeps a screenshot of the page (if one can be taken) and fails as it did. */
    public <T> T screenshotOnFailure(String name, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException | AssertionError e) {
            try {
                screenshot(name);
            } catch (IOException | RuntimeException ignored) {
                // the step's failure is the one to report
            }
            throw e;
        }
    }

    /**
     * Quits the browser; a page that broke the content security policy on the way fails the test (the policy must
     * allow what the screens, editors and charts need, and the browser reports what it blocked).
     */
    @Override
    public void close() throws IOException {
        java.util.List<String> blocked = new java.util.ArrayList<>();
        try {
            driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).forEach(entry -> {
                if (entry.getMessage().contains("Content Security Policy")) {
                    blocked.add(entry.getMessage());
                }
            });
        } finally {
            driver.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        if (!blocked.isEmpty()) {
            throw new AssertionError("the content security policy blocked: " + blocked);
        }
    }
}
