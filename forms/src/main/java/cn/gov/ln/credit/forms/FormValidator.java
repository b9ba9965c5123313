package cn.gov.ln.credit.forms;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks submitted values against a form schema on the server, before anything uses them: required fields,
 * lengths, patterns, number ranges, dates, and options. Values come as the browser or an API sends them, each of
 * its field's type and never converted: a number field takes a number, a checkbox a boolean, the others text (a
 * date as ISO text), a file picker {@link FormFile}s. The result holds the normalised values of the schema's own
 * editable fields only: read-only fields show process data and take no value.
 */
public final class FormValidator {

    /** The outcome: normalised values (strings, numbers, booleans, ISO dates) or the violations. */
    public record Result(Map<String, Object> values, List<FormViolation> violations) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    static final int DEFAULT_MAX_LENGTH = 4000;
    static final int MAX_FILES = 10;
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private FormValidator() {
    }

    public static Result validate(FormSchema schema, Map<String, ?> submitted) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FormViolation> violations = new ArrayList<>();
        for (String key : submitted.keySet()) {
            if (schema.input(key).filter(FormComponent::isEditable).isEmpty()) {
                violations.add(FormViolation.of(key, "validation.form.unknownField"));
            }
        }
        for (FormComponent field : schema.inputs()) {
            if (!field.isEditable()) {
                continue;
            }
            Object raw = submitted.get(field.key());
            if (isBlank(raw)) {
                if (field.required()) {
                    violations.add(FormViolation.of(field.key(), "validation.required"));
                }
                continue;
            }
            Object value = check(field, raw, violations);
            if (field.required() && Boolean.FALSE.equals(value)) {
                violations.add(FormViolation.of(field.key(), "validation.required"));
                continue;
            }
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        return new Result(values, violations);
    }

    private static Object check(FormComponent field, Object raw, List<FormViolation> violations) {
        String key = field.key();
        return switch (field.type()) {
            case FormComponent.NUMBER -> number(field, raw, violations);
            case FormComponent.FILEPICKER -> files(field, raw, violations);
            case FormComponent.CHECKBOX -> {
                if (raw instanceof Boolean flag) {
                    yield flag;
                }
                violations.add(FormViolation.of(key, "validation.form.notABoolean"));
                yield null;
            }
            case FormComponent.DATETIME -> {
                try {
                    if (!(raw instanceof String date)) {
                        throw new DateTimeParseException("not text", String.valueOf(raw), 0);
                    }
                    yield LocalDate.parse(date.strip()).toString();
                } catch (DateTimeParseException e) {
                    violations.add(FormViolation.of(key, "validation.date.malformed"));
                    yield null;
                }
            }
            case FormComponent.SELECT, FormComponent.RADIO -> {
                String choice = raw instanceof String text ? text : null;
                if (field.options().stream().noneMatch(o -> o.value().equals(choice))) {
                    violations.add(FormViolation.of(key, "validation.form.notAnOption"));
                    yield null;
                }
                yield choice;
            }
            default -> text(field, raw, violations);
        };
    }

    private static Object text(FormComponent field, Object raw, List<FormViolation> violations) {
        if (!(raw instanceof String text)) {
            violations.add(FormViolation.of(field.key(), "validation.malformed"));
            return null;
        }
        String value = text.strip();
        int max = field.maxLength() == null ? DEFAULT_MAX_LENGTH : field.maxLength();
        if (value.length() > max) {
            violations.add(FormViolation.of(field.key(), "validation.tooLong", max));
            return null;
        }
        if (field.minLength() != null && value.length() < field.minLength()) {
            violations.add(FormViolation.of(field.key(), "validation.tooShort", field.minLength()));
            return null;
        }
        boolean multiline = FormComponent.TEXTAREA.equals(field.type());
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r'
                || c == '\t')))) {
            violations.add(FormViolation.of(field.key(), "validation.controlCharacter"));
            return null;
        }
        Optional<String> unclean = TextCheck.problem(value);
        if (unclean.isPresent()) {
            violations.add(FormViolation.of(field.key(), unclean.get()));
            return null;
        }
        value = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value).matches()) {
            violations.add(FormViolation.of(field.key(), "validation.form.pattern"));
            return null;
        }
        return value;
    }

    private static Object number(FormComponent field, Object raw, List<FormViolation> violations) {
        if (!(raw instanceof Number given)) {
            violations.add(FormViolation.of(field.key(), "validation.number.malformed"));
            return null;
        }
        double number = given.doubleValue();
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            violations.add(FormViolation.of(field.key(), "validation.number.malformed"));
            return null;
        }
        if (field.min() != null && number < field.min()) {
            violations.add(FormViolation.of(field.key(), "validation.number.min", field.min()));
            return null;
        }
        if (field.max() != null && number > field.max()) {
            violations.add(FormViolation.of(field.key(), "validation.number.max", field.max()));
            return null;
        }
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? (Object) (long) number : number;
    }

    private static boolean isBlank(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof List<?> l && l.isEmpty());
    }

    private static Object files(FormComponent field, Object raw, List<FormViolation> violations) {
        List<?> items = raw instanceof List<?> list ? list : List.of(raw);
        if (items.size() > 1 && !field.multiple()) {
            violations.add(FormViolation.of(field.key(), "validation.file.one"));
            return null;
        }
        if (items.size() > MAX_FILES) {
            violations.add(FormViolation.of(field.key(), "validation.file.tooMany", MAX_FILES));
            return null;
        }
        List<FormFile> files = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof FormFile file) || file.fileName() == null || file.fileName().isBlank()) {
                violations.add(FormViolation.of(field.key(), "validation.malformed"));
                return null;
            }
            if (file.content().length == 0) {
                violations.add(FormViolation.of(field.key(), "validation.document.empty"));
                return null;
            }
            if (file.content().length > MAX_FILE_BYTES) {
                violations.add(FormViolation.of(field.key(), "validation.document.tooLarge",
                        MAX_FILE_BYTES / 1024 / 1024));
                return null;
            }
            List<String> accepted = field.acceptedTypes();
            if (!accepted.isEmpty() && !accepted.contains(file.extension())
                    && !accepted.contains(String.valueOf(file.contentType()).toLowerCase())) {
                violations.add(FormViolation.of(field.key(), "validation.file.type", String.join(", ", accepted)));
                return null;
            }
            files.add(file);
        }
        return List.copyOf(files);
    }
}
