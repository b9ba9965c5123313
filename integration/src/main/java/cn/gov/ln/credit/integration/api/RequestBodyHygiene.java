package cn.gov.ln.credit.integration.api;

import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.Text;
import cn.gov.ln.credit.shared.ValidationException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;

/**
 * Every JSON body of the API is clean text before any field of it is read: at most {@code credit.api.max-body-bytes}
 * (413 beyond, read no further), valid UTF-8 (no overlong form, no encoded surrogate), and in every name and value
 * no lone surrogate, no noncharacter, no control character but tab and line breaks, no bidirectional control or
 * other invisible format character (the zero-width joiner of emoji excepted); a refusal is a 400 naming the
 * property. Text is then normalised to NFC, so what is stored, hashed and sealed does not depend on how a client
 * composed a character.
 */
@ControllerAdvice(basePackages = "cn.gov.ln.credit.integration")
class RequestBodyHygiene implements RequestBodyAdvice {

    /** Numbers as sent, every digit kept: a body that needs no cleaning goes on unchanged. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final ObjectMapper json;
    private final int maxBytes;

    /**
     * Reads the tree with a copy of Spring Boot's mapper, set here for what the check needs and Boot does not: exact
     * numbers, and a key given twice makes no tree (the body then goes to the strict converter, which refuses it).
     */
    RequestBodyHygiene(ObjectMapper json, @Value("${credit.api.max-body-bytes:1048576}") int maxBytes) {
        this.json = json.copy().setNodeFactory(NODES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return MappingJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body;
        try (InputStream in = input.getBody()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw ValidationException.of("body", "validation.text.invalidUtf8");
        }
        byte[] clean = body;
        JsonNode tree = readTree(body);
        if (tree != null) {
            List<FieldViolation> violations = new ArrayList<>();
            JsonNode normalised = clean(tree, "", violations);
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            if (!normalised.equals(tree)) {
                clean = json.writeValueAsBytes(normalised);
            }
        }
        byte[] bytes = clean;
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return body;
    }

    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return body;
    }

    /** The tree, or null when the body is not JSON: the converter then says what is wrong, as before. */
    private JsonNode readTree(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode clean(JsonNode node, String path, List<FieldViolation> violations) {
        if (node instanceof TextNode text) {
            return Text.problem(text.textValue()).map(key -> {
                violations.add(FieldViolation.of(path.isEmpty() ? "body" : path, key));
                return (JsonNode) text;
            }).orElseGet(() -> TextNode.valueOf(Normalizer.normalize(text.textValue(), Normalizer.Form.NFC)));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                Text.problem(field.getKey()).ifPresent(key -> violations.add(FieldViolation.of(name, key)));
                copy.set(Normalizer.normalize(field.getKey(), Normalizer.Form.NFC),
                        clean(field.getValue(), name, violations));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            for (int i = 0; i < array.size(); i++) {
                copy.add(clean(array.get(i), path + "[" + i + "]", violations));
            }
            return copy;
        }
        return node;
    }
}
