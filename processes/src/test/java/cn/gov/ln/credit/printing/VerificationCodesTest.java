package cn.gov.ln.credit.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The short codes people type from a paper: made only of characters that cannot be mistaken for one another, and
 * read back whatever case, spacing and hyphens the person used.
 */
class VerificationCodesTest {

    @Test
    void theAlphabetHasNoLookAlikes() {
        for (char lookAlike : "0O1IL".toCharArray()) {
            assertThat(VerificationCodes.ALPHABET).as("no %s", lookAlike).doesNotContain(String.valueOf(lookAlike));
        }
        assertThat(VerificationCodes.ALPHABET.chars().distinct().count()).isEqualTo(
                VerificationCodes.ALPHABET.length());
    }

    @Test
    void newCodesAreTwelveCharactersOfTheAlphabetAndDiffer() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.next();
            assertThat(code).hasSize(VerificationCodes.LENGTH).matches("[" + VerificationCodes.ALPHABET + "]+");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void whatAPersonTypesIsReadWithoutSpacesHyphensOrCase() {
        String code = "ABCD23456789";
        assertThat(VerificationCodes.grouped(code)).isEqualTo("ABCD-2345-6789");
        assertThat(VerificationCodes.normalize("ABCD-2345-6789")).isEqualTo(code);
        assertThat(VerificationCodes.normalize(" abcd 2345\t6789 ")).isEqualTo(code);
        assertThat(VerificationCodes.normalize("abCd-2345 -6789")).isEqualTo(code);
        assertThat(VerificationCodes.matches(code, VerificationCodes.normalize("abcd23456789"))).isTrue();
    }

    @Test
    void whatCannotBeACodeIsNoCode() {
        assertThat(VerificationCodes.normalize(null)).isNull();
        assertThat(VerificationCodes.normalize("")).isNull();
        assertThat(VerificationCodes.normalize("ABCD-2345-678")).as("too short").isNull();
        assertThat(VerificationCodes.normalize("ABCD-2345-67899")).as("too long").isNull();
        assertThat(VerificationCodes.normalize("ABCD-2345-678O")).as("a letter O").isNull();
        assertThat(VerificationCodes.normalize("ABCD-2345-6780")).as("a zero").isNull();
        assertThat(VerificationCodes.normalize("ABCD_2345_6789")).as("other separators").isNull();
        assertThat(VerificationCodes.matches("ABCD23456789", "ABCD23456788")).isFalse();
        assertThat(VerificationCodes.matches(null, "ABCD23456789")).isFalse();
        assertThat(VerificationCodes.matches("ABCD23456789", null)).isFalse();
    }
}
