package cn.gov.ln.credit.webapp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver (never a downloaded one), with the flags this
 * machine needs, and the few steps every browser test repeats.
 */
public final class BrowserSession implements AutoCloseable {

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

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement await(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    public void awaitUrlEnding(String suffix) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith(suffix));
    }

    public void awaitText(By locator, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("timeout-" + locator.toString().replaceAll("[^A-Za-z0-9-]+", "-"));
            } catch (IOException | RuntimeException ignored) {
                // the timeout is the failure to report
            }
            throw e;
        }
    }

    /** Waits until an input shows the value (a field the server fills, and may render anew, after an event). */
    public WebElement awaitValue(By locator, String value) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(
                org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    WebElement input = d.findElement(locator);
                    return value.equals(input.getAttribute("value")) ? input : null;
                });
    }

    /** Signs in through the login page and waits for the application shell. */
    public void login(String username, String password) {
        open("/login");
        await(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }

    public void screenshot(String name) throws IOException {
        Path target = name.startsWith("/") ? Path.of(name + ".png") : Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
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
