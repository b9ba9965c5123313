package cn.gov.ln.credit.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A department system's own reference, when it sends one: the form {@link ExternalReference} keeps. Its length
 * is {@code @Size}'s business, so that the answer names the limit.
 */
@Documented
@Constraint(validatedBy = WellFormedReference.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface WellFormedReference {

    String message() default "validation.externalReference";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<WellFormedReference, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return ExternalReference.violation(value).map(v -> v.messageKey().equals("validation.tooLong"))
                    .orElse(true);
        }
    }
}
