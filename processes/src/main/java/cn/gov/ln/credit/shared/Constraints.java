package cn.gov.ln.credit.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The adapter from Bean Validation to the product's field violations: the constraints on a command record say
 * what a field must be (required, length, pattern, range, clean text); this turns what they find into
 * {@link FieldViolation}s with the message keys every screen and the API already show. Checks that need state
 * (scope, status, uniqueness, registration) stay in the services and add to the same list.
 */
public final class Constraints {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final List<Class<? extends Annotation>> PRECEDENCE = List.of(NotNull.class, NotBlank.class,
            NotEmpty.class, CleanText.class, Size.class);

    private Constraints() {
    }

    /** What the command's constraints refuse, one violation per field, in the order the record declares them. */
    public static List<FieldViolation> violations(Object command) {
        List<ConstraintViolation<?>> ordered = new ArrayList<>(VALIDATOR.validate(command));
        ordered.sort(Comparator.<ConstraintViolation<?>>comparingInt(Constraints::position)
                .thenComparingInt(Constraints::precedence)
                .thenComparing(v -> v.getPropertyPath().toString()));
        Map<String, FieldViolation> firstPerField = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : ordered) {
            firstPerField.putIfAbsent(violation.getPropertyPath().toString(), violation(violation));
        }
        return List.copyOf(firstPerField.values());
    }

    /** Refuses the command when any constraint fails. */
    public static void check(Object command) {
        List<FieldViolation> violations = violations(command);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static FieldViolation violation(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        String template = violation.getMessageTemplate();
        if (!template.startsWith("{")) {
            return FieldViolation.of(field, template);
        }
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return FieldViolation.of(field, "validation.required");
        }
        if (constraint instanceof Size size) {
            return length(violation.getInvalidValue()) > size.max()
                    ? FieldViolation.of(field, "validation.tooLong", size.max())
                    : FieldViolation.of(field, "validation.tooShort", size.min());
        }
        if (constraint instanceof Min min) {
            return FieldViolation.of(field, "validation.tooSmall", min.value());
        }
        if (constraint instanceof DecimalMin min) {
            return FieldViolation.of(field, "validation.tooSmall", min.value());
        }
        if (constraint instanceof Positive) {
            return FieldViolation.of(field, "validation.tooSmall", 1);
        }
        if (constraint instanceof PositiveOrZero) {
            return FieldViolation.of(field, "validation.tooSmall", 0);
        }
        if (constraint instanceof Max max) {
            return FieldViolation.of(field, "validation.tooLarge", max.value());
        }
        if (constraint instanceof DecimalMax max) {
            return FieldViolation.of(field, "validation.tooLarge", max.value());
        }
        if (constraint instanceof PastOrPresent) {
            return FieldViolation.of(field, "validation.date.future");
        }
        return FieldViolation.of(field, "validation.malformed");
    }

    private static int length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        return value instanceof Object[] array ? array.length : 0;
    }

    private static int position(ConstraintViolation<?> violation) {
        String root = violation.getPropertyPath().iterator().next().getName();
        RecordComponent[] components = violation.getRootBeanClass().getRecordComponents();
        if (components != null) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(root)) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int precedence(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        int index = PRECEDENCE.indexOf(type);
        return index < 0 ? PRECEDENCE.size() : index;
    }
}
