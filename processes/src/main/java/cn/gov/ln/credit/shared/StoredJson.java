package cn.gov.ln.credit.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.stereotype.Component;

/**
 * JSON the application stores in its own columns (a pledge's field values, a credit check's hits): Spring Boot's
 * {@link ObjectMapper}, copied and set here, in one place, to the format these columns have always had, so that
 * the API's {@code spring.jackson.*} settings (e.g. {@code default-property-inclusion: non_null}) never change
 * what is stored. A pledge's stored values are compared text for text when a department system retries, so a
 * value that is null stays written as null, and map entries are ordered by key.
 */
@Component
public class StoredJson {

    private final ObjectMapper mapper;

    public StoredJson(ObjectMapper json) {
        this.mapper = json.copy()
                .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The value as stored text. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored text read back; the caller says what an unreadable one means. */
    public <T> T read(String text, Class<T> type) throws JsonProcessingException {
        return mapper.readValue(text, type);
    }
}
