package cn.gov.ln.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    record Command(
            @NotBlank @Size(max = 5) @CleanText String title,
            @NotNull Integer count,
            @Max(10) Integer limit,
            @CleanText(singleLine = true) String name,
            @Size(max = ExternalReference.MAX_LENGTH) @WellFormedReference String externalReference) {
    }

    @Test
    void eachConstraintBecomesTheProductsReasonWithItsLimit() {
        List<FieldViolation> violations = Constraints.violations(new Command("toolong", null, 11, "a\nb",
                "has space"));
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                .containsExactly(
                        tuple("title", "validation.tooLong", List.of(5)),
                        tuple("count", "validation.required", List.of()),
                        tuple("limit", "validation.tooLarge", List.of(10L)),
                        tuple("name", "validation.controlCharacters", List.of()),
                        tuple("externalReference", "validation.externalReference", List.of()));
    }

    @Test
    void oneReasonPerFieldTheMostBasicFirst() {
        assertThat(Constraints.violations(new Command(" ", 1, null, null, null)))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("title", "validation.required"));
        assertThat(Constraints.violations(new Command("ab\u202Ecdefgh", 1, null, null, null)))
                .extracting(FieldViolation::messageKey).containsExactly("validation.text.invisible");
        assertThat(Constraints.violations(new Command("ok", 1, null, null, "R".repeat(65))))
                .extracting(FieldViolation::messageKey, FieldViolation::arguments)
                .containsExactly(tuple("validation.tooLong", List.of(64)));
    }

    @Test
    void aValidCommandPassesAndAnInvalidOneIsRefusedWhole() {
        assertThat(Constraints.violations(new Command("ok", 1, 3, "张三", "ERP-2026/001"))).isEmpty();
        assertThatThrownBy(() -> Constraints.check(new Command(null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("title", "count"));
    }

    @Test
    void stateChecksAddOnlyToFieldsTheConstraintsLeftClear() {
        Violations violations = Violations.of(new Command(null, 1, null, null, null));
        assertThat(violations.clear("title")).isFalse();
        violations.add("title", "validation.notFound").add("name", "validation.notFound");
        assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(tuple("title", "validation.required"), tuple("name", "validation.notFound")));
    }
}
