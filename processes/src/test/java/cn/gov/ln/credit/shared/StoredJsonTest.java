package cn.gov.ln.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.creditcheck.CreditFacts;
import cn.gov.ln.credit.forms.FormFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Stored JSON is written from Spring Boot's mapper, configured as the webapp configures it for the API (nulls left
 * out), yet reads exactly as the private mappers wrote it before: the pledge's values (compared text for text on a
 * retry) and the credit check's hits.
 */
class StoredJsonTest {

    /** The hashing mapper PledgeService had, and the plain one CreditCheckService had. */
    private static final ObjectMapper SORTED = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final ApplicationContextRunner boot = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withPropertyValues("spring.jackson.default-property-inclusion=non_null",
                    "spring.jackson.mapper.allow-coercion-of-scalars=false")
            .withBean(StoredJson.class);

    @Test
    void aPledgesValuesAreWrittenAsTheSortingMapperWroteThem() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", 1L);
        nested.put("a", null);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("safetyManager", "张三");
        values.put("commitments", "严格遵守\n法律法规");
        values.put("amount", 12.5);
        values.put("staff", 30L);
        values.put("agreed", true);
        values.put("empty", null);
        values.put("nested", nested);
        values.put("files", List.of(new FormFile("证明.pdf", null, "%PDF".getBytes(StandardCharsets.UTF_8))));
        boot.run(context -> {
            ObjectMapper api = context.getBean(ObjectMapper.class);
            String stored = context.getBean(StoredJson.class).write(new TreeMap<>(values));

            assertThat(stored).isEqualTo(SORTED.writeValueAsString(new TreeMap<>(values)));
            assertThat(api.writeValueAsString(new TreeMap<>(values))).as("the API's own settings would differ")
                    .isNotEqualTo(stored);
        });
    }

    @Test
    void aChecksHitsAreWrittenAndReadAsThePlainMapperDid() {
        List<CreditFacts.Hit> hits = List.of(
                new CreditFacts.Hit("DISHONESTY", "SERIOUS", "拒不履行", "COURT_JUDGMENT", "(2026)辽01执1号",
                        "沈阳市中级人民法院", "2026-01-05", null, null, null),
                new CreditFacts.Hit("RED", null, "守信", "HONOUR", "辽发〔2025〕1号", "省政府", "2025-06-01",
                        "2027-06-01", "210000-MARKET_REGULATION", true));
        boot.run(context -> {
            StoredJson json = context.getBean(StoredJson.class);
            String stored = json.write(hits);

            assertThat(stored).isEqualTo(PLAIN.writeValueAsString(hits));
            assertThat(List.of(json.read(stored, CreditFacts.Hit[].class))).isEqualTo(hits);
            assertThat(List.of(json.read(PLAIN.writeValueAsString(hits), CreditFacts.Hit[].class)))
                    .isEqualTo(hits);
        });
    }

    @Test
    void aStoredTextWithAPropertyNobodyWroteIsStillUnreadable() {
        boot.run(context -> assertThatThrownBy(() -> context.getBean(StoredJson.class)
                .read("[{\"listType\":\"RED\",\"extra\":1}]", CreditFacts.Hit[].class))
                .isInstanceOf(JsonProcessingException.class));
    }
}
