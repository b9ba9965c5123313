package cn.gov.ln.credit.integration.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.servlet.RequestDispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * How the API reads and refuses: a number or a boolean where text is expected is the client's error, not text to
 * store; a body is one JSON document with each key once and only the properties the request defines; and a
 * request refused before it reaches a controller (an unknown path, a method the path does not take, an address
 * with characters the request firewall blocks) still answers in the API's error format, naming the address as the
 * field where the address is at fault.
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration {

    private static final TypeReference<LinkedHashMap<String, Object>> ATTRIBUTES = new TypeReference<>() { };

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictScalars() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * Request bodies are read strictly, by the API's converter only (clients of other systems keep tolerant
     * readers): one JSON document and nothing after it, each key once, no property the request does not define.
     */
    @Bean
    WebMvcConfigurer strictRequestBodies() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                for (int i = 0; i < converters.size(); i++) {
                    if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json) {
                        ObjectMapper strict = json.getObjectMapper().copy()
                                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                        converters.set(i, new MappingJackson2HttpMessageConverter(strict));
                    }
                }
            }
        };
    }

    /**
     * Boot's error answer on the machine doors: an {@link ApiError}, turned into the attribute map Boot's error
     * controller writes by the same mapper that writes the API's answers, so the shape is ApiError's own.
     */
    @Bean
    ErrorAttributes apiErrorAttributes(MessageSource messages, ObjectMapper json) {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
                String path = uri == null ? "" : uri.toString();
                if (!(path.startsWith("/api/") || path.startsWith("/engine-rest/"))) {
                    return attributes;
                }
                int status = attributes.get("status") instanceof Integer code ? code : 500;
                Locale locale = ApiError.localeOf(request.getHeader("Accept-Language"), request.getLocale());
                boolean badAddress = status == 400;
                String key = badAddress ? "validation.path" : ApiError.messageKeyFor(status);
                String message = messages.getMessage(key, null, key, locale);
                ApiError error = new ApiError(status, ApiError.codeFor(status), message,
                        badAddress ? List.of(new ApiError.FieldError("path", key, message)) : List.of());
                return json.convertValue(error, ATTRIBUTES);
            }
        };
    }
}
