package cn.gov.ln.credit.integration.api;

import cn.gov.ln.credit.creditcheck.CreditSourceUnavailableException;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.IdempotencyConflict;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every failure of the JSON API to one shape ({@link ApiError}), in the caller's language (zh-CN unless
 * the request asks for English), as JSON even where the request asked for a PDF. Bad input names the field;
 * nothing internal leaks.
 */
@RestControllerAdvice(basePackages = "cn.gov.ln.credit.integration")
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,100})'");

    private final MessageSource messages;
    private final ApiDenials denials;

    ApiExceptionHandler(MessageSource messages, ApiDenials denials) {
        this.messages = messages;
        this.denials = denials;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ApiError> invalid(ValidationException e, Locale locale) {
        List<ApiError.FieldError> violations = e.violations().stream()
                .map(v -> new ApiError.FieldError(v.field(), v.messageKey(),
                        messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)))
                .toList();
        return body(HttpStatus.BAD_REQUEST, "validation", e, locale, violations);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, Locale locale) {
        return body(HttpStatus.NOT_FOUND, "not_found", e, locale, List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e, Locale locale) {
        denials.record(e.permission());
        return body(HttpStatus.FORBIDDEN, "forbidden", e, locale, List.of());
    }

    @ExceptionHandler(IdempotencyConflict.class)
    ResponseEntity<ApiError> differs(IdempotencyConflict e, Locale locale) {
        String key = "validation.differsFromFirst";
        List<ApiError.FieldError> fields = e.fields().stream().map(field -> new ApiError.FieldError(field, key,
                messages.getMessage(key, null, key, locale))).toList();
        return body(HttpStatus.CONFLICT, "conflict", e, locale, fields);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e, Locale locale) {
        return body(HttpStatus.CONFLICT, "conflict", e, locale, List.of());
    }

    @ExceptionHandler(CreditSourceUnavailableException.class)
    ResponseEntity<ApiError> sourceDown(CreditSourceUnavailableException e, Locale locale) {
        log.warn("Credit source unavailable: {}", e.getMessage());
        return json(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .body(new ApiError(503, "unavailable", messages.getMessage("error.creditSource.unavailable", null,
                        locale), List.of()));
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ApiError> refused(BusinessException e, Locale locale) {
        return body(HttpStatus.UNPROCESSABLE_ENTITY, "refused", e, locale, List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, Locale locale) {
        if (e.getCause() instanceof JsonParseException parse && parse.getMessage() != null) {
            Matcher duplicate = DUPLICATE.matcher(parse.getMessage());
            if (duplicate.find()) {
                return field(locale, duplicate.group(1), "validation.duplicateProperty");
            }
        }
        if (e.getCause() instanceof MismatchedInputException trailing && trailing.getMessage() != null
                && trailing.getMessage().startsWith("Trailing token")) {
            return field(locale, "body", "validation.trailingContent");
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            return field(locale, field, mapping instanceof UnrecognizedPropertyException
                    ? "validation.unknownProperty" : "validation.malformed");
        }
        return field(locale, "body", "validation.malformed");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> wrongType(MethodArgumentTypeMismatchException e, Locale locale) {
        return field(locale, e.getName(), "validation.malformed");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e, Locale locale) {
        return field(locale, e.getParameterName(), "validation.required");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        String key = "model.lint.tooLarge";
        Object[] megabytes = {cn.gov.ln.credit.modeladmin.ModelValidator.MAX_BYTES / 1024 / 1024};
        String message = messages.getMessage(key, megabytes, key, locale);
        return json(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError(413, "too_large", message,
                List.of(new ApiError.FieldError("file", key, message))));
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ApiError> bodyTooLarge(BodyTooLargeException e, Locale locale) {
        String key = "validation.bodyTooLarge";
        String message = messages.getMessage(key, new Object[] {e.limit() / 1024}, key, locale);
        return json(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError(413, "too_large", message,
                List.of(new ApiError.FieldError("body", key, message))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e, Locale locale) {
        ValidationException missing = ValidationException.of(e.getRequestPartName(), "validation.required");
        return invalid(missing, locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return json(HttpStatus.METHOD_NOT_ALLOWED)
                .body(new ApiError(405, "method_not_allowed", e.getMethod(), List.of()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return json(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new ApiError(415, "unsupported_media_type", "application/json", List.of()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noRoute(NoResourceFoundException e, Locale locale) {
        return json(HttpStatus.NOT_FOUND).body(new ApiError(404, "not_found",
                messages.getMessage("error.notFound", null, locale), List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, Locale locale) {
        log.error("Unexpected API failure", e);
        return json(HttpStatus.INTERNAL_SERVER_ERROR).body(new ApiError(500, "internal",
                messages.getMessage("error.unexpected", null, locale), List.of()));
    }

    /**
     * Every error answers JSON, whatever the request accepts: a caller that asked for a PDF (a paper, a letter) and
     * is refused still learns why, instead of the refusal failing on its own content type.
     */
    private static ResponseEntity.BodyBuilder json(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<ApiError> field(Locale locale, String field, String key) {
        return invalid(ValidationException.of(field, key), locale);
    }

    private ResponseEntity<ApiError> body(HttpStatus status, String code, BusinessException e, Locale locale,
            List<ApiError.FieldError> violations) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
        return json(status).body(new ApiError(status.value(), code, message, violations));
    }
}
