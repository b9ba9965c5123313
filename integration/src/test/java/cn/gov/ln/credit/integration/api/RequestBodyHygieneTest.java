package cn.gov.ln.credit.integration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.Text;
import cn.gov.ln.credit.shared.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

class RequestBodyHygieneTest {

    private final RequestBodyHygiene hygiene = new RequestBodyHygiene(BootJson.mapper(), 1024);

    @Test
    void eachKindOfUncleanTextHasItsReason() {
        assertThat(Text.problem("辽宁省物流与采购联合会 😀👍🏽 👨‍👩‍👧")).isEmpty();
        assertThat(Text.problem("a\uD800b")).contains("validation.text.loneSurrogate");
        assertThat(Text.problem("a\uDC00")).contains("validation.text.loneSurrogate");
        assertThat(Text.problem("a\uFFFF")).contains("validation.text.nonCharacter");
        assertThat(Text.problem("a\uFDD0")).contains("validation.text.nonCharacter");
        assertThat(Text.problem(new String(Character.toChars(0x1FFFE))))
                .contains("validation.text.nonCharacter");
        for (char invisible : new char[] {'\u202A', '\u202E', '\u2066', '\u2069', '\u200B', '\u200E', '\uFEFF',
                '\u00AD', '\u061C'}) {
            assertThat(Text.problem("abc" + invisible + "def")).as(Integer.toHexString(invisible))
                    .contains("validation.text.invisible");
        }
        assertThat(Text.problem("a\u0000b")).contains("validation.controlCharacters");
        assertThat(Text.problem("line\r\nbreak\tand tab")).isEmpty();
    }

    @Test
    void theBodyIsNormalisedToNfcAndARefusalNamesTheProperty() throws IOException {
        String decomposed = "{\"reason\": \"Cafe\u0301\", \"fields\": {\"note\": \"e\u0301\"}, \"amount\": 1e400}";
        String read = read(decomposed);
        assertThat(read).contains("Caf\u00e9").contains("\"note\":\"\u00e9\"").doesNotContain("\u0301")
                .contains("1E+400");
        String clean = "{\"reason\": \"已履行\", \"amount\": 12.50}";
        assertThat(read(clean)).as("a clean body goes on as sent").isEqualTo(clean);
        assertThat(read("{\"reason\": \"Cafe\u0301\", \"note\": null, \"amount\": 12.50, \"items\": []}"))
                .as("an explicit null stays one; Boot's non_null is for objects, not a request's tree")
                .isEqualTo("{\"reason\":\"Caf\u00e9\",\"note\":null,\"amount\":12.50,\"items\":[]}");
        String twice = "{\"reason\": \"x\", \"reason\": \"Cafe\u0301\"}";
        assertThat(read(twice)).as("a key given twice is no tree: the strict converter sees the body as sent")
                .isEqualTo(twice);

        assertThatThrownBy(() -> read("{\"fields\": {\"association\": \"abc\u202Edef\"}}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                                org.assertj.core.api.Assertions.tuple("fields.association",
                                        "validation.text.invisible")));
        assertThatThrownBy(() -> read("{\"reason\": \"a\\ud800b\"}")).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("reason"));
    }

    @Test
    void invalidUtf8AndOversizedBodiesAreRefusedBeforeJsonIsRead() {
        byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAE, '"', '}'};
        assertThatThrownBy(() -> read(overlong)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::messageKey)
                        .containsExactly("validation.text.invalidUtf8"));
        byte[] surrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThatThrownBy(() -> read(surrogate)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> read(("\"" + "x".repeat(2000) + "\"").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BodyTooLargeException.class);
    }

    private String read(String body) throws IOException {
        return new String(read(body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private byte[] read(byte[] body) throws IOException {
        HttpInputMessage message = new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return new HttpHeaders();
            }
        };
        try (InputStream in = hygiene.beforeBodyRead(message, null, Object.class,
                MappingJackson2HttpMessageConverter.class).getBody()) {
            return in.readAllBytes();
        }
    }
}
