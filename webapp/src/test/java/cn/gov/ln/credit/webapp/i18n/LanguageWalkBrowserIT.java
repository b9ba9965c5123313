package cn.gov.ln.credit.webapp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.webapp.BrowserSession;
import cn.gov.ln.credit.webapp.WebIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every screen a demo user reaches from the menu, and every public page, in Chinese and in English: no raw message
 * key ({@code !some.key}), no code the product should show by its name (an enum constant such as
 * {@code DEVELOPMENT_REFORM} or {@code PUBLICITY}), and on English screens no Chinese in the screen's own words
 * (menu, title, field labels, buttons, column headers). Data (names of subjects, matters) may be in Chinese.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageWalkBrowserIT {

    static final List<String> USERS = List.of("sysadmin", "procadmin", "intake", "approver", "verifier",
            "creditofficer", "liaison", "applicant", "citizen");
    static final List<String> PUBLIC_PAGES = List.of("/public/guide", "/public/guide/LN-SCJG-001",
            "/public/pledges", "/public/dishonesty", "/public/red-list", "/public/repairs", "/public/inspections",
            "/public/verify", "/login");
    static final Pattern RAW_KEY = Pattern.compile("!\\w+(\\.\\w+)+");
    /**
     * A word in capitals on its own. One joined by hyphens is an identifier (210000-DEVELOPMENT_REFORM); one in
     * brackets follows its name (省市场监管局（MARKET_REGULATION）).
     */
    static final Pattern STANDALONE_CODE = Pattern.compile("(?<![\\w\\-（(])[A-Z][A-Z0-9_]{3,}(?![\\w\\-）)])");
    /** Names of standards that are also constants of an enum, and read the same in both languages. */
    static final Set<String> NAMES_NOT_CODES = Set.of("BPMN");
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /**
     * The screen's own words on an English page: chrome, titles, labels, buttons and column headers; not a heading
     * that names a record (a card's title, a matter's name: {@code .data-title}), which is data.
     */
    static final String OWN_WORDS = "return Array.from(document.querySelectorAll("
            + "'.side-navigation, h1, h2, h3, label, vaadin-button, vaadin-tab, vaadin-grid-sorter,"
            + " vaadin-checkbox, vaadin-radio-button, vaadin-side-nav-item'))"
            + ".filter(e => !e.closest('.record-card-title, .data-title'))"
            + ".map(e => e.innerText).join('\\n');";
    static final String VISIBLE_TEXT = "return document.body.innerText;";
    static final String IDLE = "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values("
            + "window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());";

    /** Screens already walked per language: the menus overlap, each screen is read once per language. */
    final Map<String, Set<String>> walked = new HashMap<>();

    @LocalServerPort
    int port;
    BrowserSession browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new BrowserSession(port);
    }

    @AfterAll
    void stopBrowser() throws Exception {
        browser.close();
    }

    @TestFactory
    Stream<DynamicTest> everyMenuScreenSpeaksBothLanguages() {
        return USERS.stream().flatMap(user -> Stream.of("zh", "en").map(language ->
                DynamicTest.dynamicTest(user + " " + language, () -> walkMenu(user, language))));
    }

    @TestFactory
    Stream<DynamicTest> everyPublicPageSpeaksBothLanguages() {
        return Stream.of("zh", "en").map(language -> DynamicTest.dynamicTest(language, () -> {
            speak(language);
            List<String> findings = new ArrayList<>();
            for (String page : PUBLIC_PAGES) {
                browser.open(page);
                findings.addAll(check(page, language));
            }
            assertThat(findings).as("public pages in " + language).isEmpty();
        }));
    }

    private void walkMenu(String user, String language) {
        speak(language);
        browser.signInAs(user);
        try {
            List<String> paths = browser.driver().findElements(By.cssSelector(".side-navigation vaadin-side-nav-item"))
                    .stream().map(item -> item.getDomProperty("path")).filter(p -> p != null && !p.contains("camunda")
                            && !p.contains("://")).map(p -> p.startsWith("/") ? p : "/" + p).distinct().toList();
            assertThat(paths).as("the menu of " + user).isNotEmpty();
            List<String> findings = new ArrayList<>(check("/", language));
            Set<String> seen = walked.computeIfAbsent(language, l -> new HashSet<>());
            for (String path : paths.stream().filter(seen::add).toList()) {
                browser.open(path);
                browser.awaitShell();
                findings.addAll(check(path, language));
            }
            assertThat(findings).as(user + " in " + language).isEmpty();
        } finally {
            browser.open("/");
            browser.awaitShell();
            browser.logout();
        }
    }

    private void speak(String language) {
        browser.open("/login");
        browser.driver().manage().deleteCookieNamed(LocaleSelection.COOKIE);
        if (language.equals("en")) {
            browser.driver().manage().addCookie(new Cookie(LocaleSelection.COOKIE, "en", "/"));
        }
    }

    /** What a screen shows in the language, with the signed-in user's own name (data) left out of its own words. */
    private List<String> check(String path, String language) {
        browser.until(Duration.ofSeconds(30), d -> Boolean.TRUE.equals(browser.script(IDLE)));
        String text = String.valueOf(browser.script(VISIBLE_TEXT));
        List<String> findings = new ArrayList<>();
        matches(RAW_KEY, text).forEach(key -> findings.add(path + ": raw key " + key));
        for (String word : words(text)) {
            if (!NAMES_NOT_CODES.contains(word) && (word.contains("_") || CodeLabels.codes().contains(word))) {
                findings.add(path + ": code " + word);
            }
        }
        if (language.equals("en")) {
            String own = String.valueOf(browser.script(OWN_WORDS));
            for (String name : browser.driver().findElements(By.cssSelector(".user-name")).stream()
                    .map(e -> e.getText()).filter(n -> !n.isBlank()).toList()) {
                own = own.replace(name, "");
            }
            own.lines().filter(line -> HAN.matcher(line).find())
                    .forEach(line -> findings.add(path + ": Chinese on the English screen: " + line));
        }
        if (!findings.isEmpty()) {
            try {
                browser.screenshot("language-" + language + path.replace('/', '-'));
            } catch (java.io.IOException e) {
                findings.add(path + ": no screenshot: " + e.getMessage());
            }
        }
        return findings;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Set<String> words(String text) {
        return matches(STANDALONE_CODE, text);
    }
}
