package cn.gov.ln.credit.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubjectIdentifiersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aUsccOfDigitsOnlyIsAUsccNotACitizenIdWithABadBirthDate() {
        String uscc = digitsOnlyUscc();
        assertThat(uscc).matches("\\d{18}");
        assertThat(Uscc.check(uscc).isValid()).isTrue();
        assertThat(CitizenId.check(uscc, TODAY).isValid()).as("it is no citizen ID").isFalse();
        assertThat(SubjectIdentifiers.problem(uscc, TODAY)).isEmpty();
    }

    @Test
    void whenNeitherCheckPassesTheReasonIsThatOfTheKindItsShapeSuggests() {
        String uscc = digitsOnlyUscc();
        String broken = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        assertThat(SubjectIdentifiers.problem(broken, TODAY)).get().asString().startsWith("validation.citizenId.");
        assertThat(SubjectIdentifiers.problem("91210102MA0XXXXXX0", TODAY)).get().asString()
                .startsWith("validation.uscc.");
        String citizen = "11010519491231002";
        assertThat(SubjectIdentifiers.problem(citizen + CitizenId.checkCharacter(citizen), TODAY)).isEmpty();
    }

    private static String digitsOnlyUscc() {
        for (long serial = 100_000_000L; ; serial++) {
            String first17 = "91210102" + serial;
            char check = Uscc.checkCharacter(first17);
            if (Character.isDigit(check)) {
                return first17 + check;
            }
        }
    }
}
