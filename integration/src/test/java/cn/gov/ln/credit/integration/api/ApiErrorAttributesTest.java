package cn.gov.ln.credit.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Boot's error answer on the machine doors is an {@link ApiError}: the same JSON as the attribute map that was
 * built key by key before, and as an ApiError written directly.
 */
class ApiErrorAttributesTest {

    private final ObjectMapper json = BootJson.mapper();
    private final StaticMessageSource messages = new StaticMessageSource();
    private final ErrorAttributes attributes;

    ApiErrorAttributesTest() {
        messages.addMessage("error.notFound", Locale.SIMPLIFIED_CHINESE, "未找到该记录");
        messages.addMessage("validation.path", Locale.SIMPLIFIED_CHINESE, "请求地址含有不允许的字符");
        attributes = new ApiJsonConfiguration().apiErrorAttributes(messages, json);
    }

    @Test
    void anUnknownApiPathIsTheApisNotFound() throws Exception {
        String body = json.writeValueAsString(errorAttributes("/api/v1/nothing", 404));

        assertThat(body).isEqualTo("{\"status\":404,\"error\":\"not_found\",\"message\":\"未找到该记录\",\"violations\":[]}")
                .isEqualTo(json.writeValueAsString(handBuilt(404, "not_found", "未找到该记录", List.of())))
                .isEqualTo(json.writeValueAsString(new ApiError(404, "not_found", "未找到该记录", List.of())));
    }

    @Test
    void aRefusedAddressNamesThePath() throws Exception {
        String message = "请求地址含有不允许的字符";
        List<ApiError.FieldError> path = List.of(new ApiError.FieldError("path", "validation.path", message));

        String body = json.writeValueAsString(errorAttributes("/engine-rest/job/%ZZ", 400));

        assertThat(body).isEqualTo(json.writeValueAsString(handBuilt(400, "validation", message, path)))
                .isEqualTo("{\"status\":400,\"error\":\"validation\",\"message\":\"" + message + "\",\"violations\":"
                        + "[{\"field\":\"path\",\"reason\":\"validation.path\",\"message\":\"" + message + "\"}]}");
    }

    @Test
    void otherPathsKeepBootsAttributes() {
        assertThat(errorAttributes("/filings/1", 404)).containsKeys("timestamp", "status", "error")
                .doesNotContainKey("violations");
    }

    private Map<String, Object> errorAttributes(String uri, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return attributes.getErrorAttributes(new ServletWebRequest(request), ErrorAttributeOptions.defaults());
    }

    /** The map as the configuration built it before it wrote an ApiError. */
    private static Map<String, Object> handBuilt(int status, String error, String message,
            List<ApiError.FieldError> violations) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("status", status);
        shaped.put("error", error);
        shaped.put("message", message);
        shaped.put("violations", violations);
        return shaped;
    }
}
