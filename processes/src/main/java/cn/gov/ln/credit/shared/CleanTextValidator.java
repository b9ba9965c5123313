package cn.gov.ln.credit.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link CleanText}; the violation's template is the message key, never the text itself. */
public class CleanTextValidator implements ConstraintValidator<CleanText, String> {

    private boolean singleLine;

    @Override
    public void initialize(CleanText annotation) {
        singleLine = annotation.singleLine();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        Optional<String> problem = singleLine ? Text.nameProblem(value) : Text.problem(value);
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
        return false;
    }
}
