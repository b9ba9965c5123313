package cn.gov.ln.credit.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "91330100716105852F", "9144030071526726XG", "91350100M000100Y43"})
    void acceptsPublishedCodes(String code) {
        assertThat(Uscc.check(code)).isEqualTo(IdentifierCheck.VALID);
    }

    @ParameterizedTest
    @CsvSource({
            "914403001922038217, WRONG_CHECK_CHARACTER",
            "91330100716105852G, WRONG_CHECK_CHARACTER",
            "91330100716105852f, INVALID_CHARACTER",
            "9133010071610585IF, INVALID_CHARACTER",
            "9133010071610585OF, INVALID_CHARACTER",
            "9133010071610585SF, INVALID_CHARACTER",
            "９1330100716105852F, INVALID_CHARACTER",
            "91330100716105852, WRONG_LENGTH",
            "91330100716105852FF, WRONG_LENGTH",
            "' 1330100716105852F', INVALID_CHARACTER",
    })
    void refusesMalformedCodes(String code, IdentifierCheck expected) {
        assertThat(Uscc.check(code)).isEqualTo(expected);
    }

    @Test
    void refusesEmptyInput() {
        assertThat(Uscc.check(null)).isEqualTo(IdentifierCheck.EMPTY);
        assertThat(Uscc.check("")).isEqualTo(IdentifierCheck.EMPTY);
    }

    @Test
    void everySingleCharacterChangeIsDetected() {
        String valid = "91330100716105852F";
        for (int position = 0; position < 17; position++) {
            for (char replacement : Uscc.ALPHABET.toCharArray()) {
                if (replacement == valid.charAt(position)) {
                    continue;
                }
                String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
                assertThat(Uscc.check(changed)).as(changed).isEqualTo(IdentifierCheck.WRONG_CHECK_CHARACTER);
            }
        }
    }

    @Test
    void checkCharacterIsZeroWhenTheSumIsAMultipleOf31() {
        assertThat(Uscc.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void checkCharacterNeedsSeventeenCharacters() {
        assertThatThrownBy(() -> Uscc.checkCharacter("9133")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void divisionCodeIsCharactersThreeToEight() {
        assertThat(Uscc.divisionCode("91210102MA0XXXXXX0")).isEqualTo("210102");
    }
}
