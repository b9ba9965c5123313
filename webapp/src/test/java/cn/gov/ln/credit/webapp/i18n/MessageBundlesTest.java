package cn.gov.ln.credit.webapp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.creditcheck.CheckPurpose;
import cn.gov.ln.credit.filing.Decision;
import cn.gov.ln.credit.filing.FilingChannel;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.filing.FilingStatus;
import cn.gov.ln.credit.filing.ReviewDecision;
import cn.gov.ln.credit.pledge.FulfillmentStatus;
import cn.gov.ln.credit.task.DueFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text in both languages: the Chinese and English bundles hold the same keys, no key is
 * defined in two bundles, every key a screen asks for by name exists, and every enum a screen shows has labels.
 */
class MessageBundlesTest {

    static final List<String> BUNDLES = List.of("i18n/messages", "i18n/ui", "i18n/admin", "i18n/portal",
            "i18n/cases", "i18n/tasks", "i18n/dashboard", "i18n/lists", "i18n/delegation");

    @Test
    void chineseAndEnglishHoldTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> zh = load(bundle + ".properties").stringPropertyNames();
            Set<String> en = load(bundle + "_en.properties").stringPropertyNames();
            assertThat(new TreeSet<>(en)).as(bundle + " English").containsExactlyInAnyOrderElementsOf(zh);
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                String earlier = owner.put(key, bundle);
                if (earlier != null) {
                    twice.add(key + " in " + earlier + " and " + bundle);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    /** Properties keep the last of two lines with one key, so the first text silently never shows. */
    @Test
    void noFileDefinesAKeyTwice() throws IOException {
        List<String> twice = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
                Set<String> seen = new TreeSet<>();
                try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(file)) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        int equals = line.indexOf('=');
                        if (!line.isBlank() && !line.startsWith("#") && equals > 0
                                && !seen.add(line.substring(0, equals).strip())) {
                            twice.add(line.substring(0, equals).strip() + " in " + file);
                        }
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyAScreenAsksForByNameExists() throws IOException {
        Set<String> keys = allKeys();
        Pattern call = Pattern.compile("getTranslation\\(\\s*\"([A-Za-z0-9_.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !keys.contains(key)) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumAScreenShowsHasLabels() throws IOException {
        Set<String> keys = allKeys();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(FilingStatus.class, FilingRoute.class,
                FilingChannel.class, ReviewDecision.class, Decision.class, CheckPurpose.class,
                FulfillmentStatus.class, cn.gov.ln.credit.listing.ListStatus.class,
                cn.gov.ln.credit.listing.BreachTier.class, cn.gov.ln.credit.listing.LegalBasisType.class,
                cn.gov.ln.credit.listing.ListEnding.class, cn.gov.ln.credit.penalty.PenaltyAction.class,
                cn.gov.ln.credit.penalty.PenaltyCase.CaseStatus.class,
                cn.gov.ln.credit.penalty.PenaltyResponse.ResponseStatus.class,
                cn.gov.ln.credit.penalty.MeasureCatalogue.class, cn.gov.ln.credit.objection.Objection.RecordType.class,
                cn.gov.ln.credit.objection.Objection.Ground.class,
                cn.gov.ln.credit.objection.Objection.ObjectionStatus.class,
                cn.gov.ln.credit.repair.RepairApplication.RepairStatus.class,
                cn.gov.ln.credit.legaldocument.LegalDocumentType.class, cn.gov.ln.credit.calendar.DueLight.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(keys).contains("enum." + type.getSimpleName() + "." + value.name());
            }
        }
        for (String status : List.of("RAISED", "IN_DETERMINATION", "NOTICE_SENT", "PENDING_DECISION", "LISTED",
                "NOT_LISTED", "REVOKED")) {
            assertThat(keys).contains("breach.status." + status);
        }
        for (DueFilter due : DueFilter.values()) {
            assertThat(keys).contains("tasks.due." + due.name());
        }
    }

    static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        return keys;
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
