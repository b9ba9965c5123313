package cn.gov.ln.credit.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The engine REST API's error answers, read and rewritten with Spring Boot's mapper (the refusals' own): each
 * comes out in the API's error shape, with the status the request deserves and the engine's words after the message.
 */
class EngineErrorsTest {

    private final ApiRefusals refusals;

    EngineErrorsTest() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("error.notFound", Locale.SIMPLIFIED_CHINESE, "未找到该记录");
        messages.addMessage("validation.failed", Locale.SIMPLIFIED_CHINESE, "输入有误");
        messages.addMessage("error.methodNotAllowed", Locale.SIMPLIFIED_CHINESE, "不支持该方法");
        refusals = new ApiRefusals(bootMapper(), messages);
    }

    @Test
    void aMissingJobIsNotFoundWithTheEnginesWords() throws IOException {
        MockHttpServletResponse response = engineAnswers(500,
                "{\"type\":\"NullValueException\",\"message\":\"No job found with id 'x'\",\"code\":0}");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).isEqualTo("{\"status\":404,\"error\":\"not_found\","
                + "\"message\":\"未找到该记录 (No job found with id 'x')\",\"violations\":[]}");
    }

    @Test
    void aWrongRequestTheEngineCallsA500IsA400() throws IOException {
        MockHttpServletResponse response = engineAnswers(500,
                "{\"type\":\"BadUserRequestException\",\"message\":\"bad\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).isEqualTo("{\"status\":400,\"error\":\"validation\","
                + "\"message\":\"输入有误 (bad)\",\"violations\":[]}");
    }

    @Test
    void aRefusalWithoutABodyIsKnownByItsStatus() throws IOException {
        MockHttpServletResponse response = engineAnswers(405, "");

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getContentAsString()).isEqualTo("{\"status\":405,\"error\":\"method_not_allowed\","
                + "\"message\":\"不支持该方法\",\"violations\":[]}");
    }

    private MockHttpServletResponse engineAnswers(int status, String body) throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        EngineErrors errors = new EngineErrors(response);
        errors.setStatus(status);
        errors.getWriter().write(body);
        errors.finish(new MockHttpServletRequest("GET", "/engine-rest/job/x"), refusals);
        return response;
    }

    /** Spring Boot's mapper with the webapp's {@code spring.jackson} settings. */
    private static ObjectMapper bootMapper() {
        AtomicReference<ObjectMapper> mapper = new AtomicReference<>();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withPropertyValues("spring.jackson.default-property-inclusion=non_null",
                        "spring.jackson.mapper.allow-coercion-of-scalars=false")
                .run(context -> mapper.set(context.getBean(ObjectMapper.class)));
        return mapper.get();
    }
}
