package cn.gov.ln.credit.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that may be stored and sealed: no lone surrogate, noncharacter, control character or invisible format
 * character ({@link Text#problem}); with {@code singleLine}, a name on one line ({@link Text#nameProblem}).
 * Null is valid: whether the field is required is {@code @NotBlank}'s business.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {

    /** Replaced by the key of what is wrong with the text. */
    String message() default "validation.malformed";

    boolean singleLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
