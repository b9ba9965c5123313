package cn.gov.ln.credit.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character citizen ID number (公民身份号码) of GB 11643-1999: a 6-digit division code, an 8-digit
 * birth date, a 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character ({@code X} for 10).
 */
public final class CitizenId {

    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private CitizenId() {
    }

    public static IdentifierCheck check(String id, LocalDate today) {
        if (id == null || id.isEmpty()) {
            return IdentifierCheck.EMPTY;
        }
        if (id.length() != LENGTH) {
            return IdentifierCheck.WRONG_LENGTH;
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(id.charAt(i))) {
                return IdentifierCheck.INVALID_CHARACTER;
            }
        }
        char last = id.charAt(LENGTH - 1);
        if (!isAsciiDigit(last) && last != 'X') {
            return IdentifierCheck.INVALID_CHARACTER;
        }
        LocalDate birth = parseBirthDate(id);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return IdentifierCheck.INVALID_BIRTH_DATE;
        }
        return checkCharacter(id.substring(0, LENGTH - 1)) == last
                ? IdentifierCheck.VALID
                : IdentifierCheck.WRONG_CHECK_CHARACTER;
    }

    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public static LocalDate birthDate(String id) {
        LocalDate birth = parseBirthDate(id);
        if (birth == null) {
            throw new IllegalArgumentException("no valid birth date in the citizen ID");
        }
        return birth;
    }

    private static LocalDate parseBirthDate(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
