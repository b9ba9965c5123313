package cn.gov.ln.credit.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitizenIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void acceptsTheStandardsExamples() {
        assertThat(CitizenId.check("11010519491231002X", TODAY)).isEqualTo(IdentifierCheck.VALID);
        assertThat(CitizenId.check("440524188001010014", LocalDate.of(1990, 1, 1)))
                .isEqualTo(IdentifierCheck.INVALID_BIRTH_DATE);
    }

    @ParameterizedTest
    @CsvSource({
            "110105194912310021, WRONG_CHECK_CHARACTER",
            "11010519491231002x, INVALID_CHARACTER",
            "１1010519491231002X, INVALID_CHARACTER",
            "1101051949123100X2, INVALID_CHARACTER",
            "11010519491231002, WRONG_LENGTH",
            "110105194902300023, INVALID_BIRTH_DATE",
            "110105203001010013, INVALID_BIRTH_DATE",
            "110105189912310021, INVALID_BIRTH_DATE",
    })
    void refusesMalformedNumbers(String id, IdentifierCheck expected) {
        assertThat(CitizenId.check(id, TODAY)).isEqualTo(expected);
    }

    @Test
    void everyChangedDigitIsDetected() {
        String valid = "11010519491231002X";
        for (int position = 14; position < 17; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertThat(CitizenId.check(changed, TODAY)).as(changed)
                        .isEqualTo(IdentifierCheck.WRONG_CHECK_CHARACTER);
            }
        }
    }

    @Test
    void readsTheBirthDate() {
        assertThat(CitizenId.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
    }
}
