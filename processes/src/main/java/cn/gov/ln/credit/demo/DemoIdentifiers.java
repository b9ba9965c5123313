package cn.gov.ln.credit.demo;

import cn.gov.ln.credit.identifier.CitizenId;
import cn.gov.ln.credit.identifier.Uscc;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Valid, unique identifiers from a sequence number: a USCC whose organisation code (characters 9-17) carries
 * its own GB 11714 check character, and citizen IDs spread over birth dates and sequence numbers.
 */
final class DemoIdentifiers {

    private static final String ORG_CODE_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORG_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private DemoIdentifiers() {
    }

    /**
     * @param authority registration authority (1 government, 5 civil affairs, 9 market regulation)
     * @param category  category within the authority (for 9: 1 enterprise, 2 sole trader)
     */
    static String uscc(char authority, char category, String divisionCode, long sequence) {
        String body = base31(sequence, 8);
        String orgCode = body + orgCodeCheck(body);
        String first17 = "" + authority + category + divisionCode + orgCode;
        return first17 + Uscc.checkCharacter(first17);
    }

    /** A citizen ID for the {@code sequence}-th person born on {@code birth} in the county (sequence < 1000). */
    static String citizenId(String countyCode, LocalDate birth, int sequence) {
        String first17 = countyCode + birth.format(BASIC) + String.format("%03d", sequence);
        return first17 + CitizenId.checkCharacter(first17);
    }

    private static char orgCodeCheck(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORG_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static String base31(long value, int width) {
        char[] chars = new char[width];
        long rest = value;
        for (int i = width - 1; i >= 0; i--) {
            chars[i] = ORG_CODE_BODY.charAt((int) (rest % ORG_CODE_BODY.length()));
            rest /= ORG_CODE_BODY.length();
        }
        if (rest != 0) {
            throw new IllegalArgumentException("sequence too large: " + value);
        }
        return new String(chars);
    }
}
