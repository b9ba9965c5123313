package cn.gov.ln.credit.identifier;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
 * alphabet, the last one a check character over the first 17. Input is checked as given: lower case and
 * full-width characters are refused, not silently corrected.
 */
public final class Uscc {

    public static final int LENGTH = 18;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = weights();

    private Uscc() {
    }

    public static IdentifierCheck check(String code) {
        if (code == null || code.isEmpty()) {
            return IdentifierCheck.EMPTY;
        }
        if (code.length() != LENGTH) {
            return IdentifierCheck.WRONG_LENGTH;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return IdentifierCheck.INVALID_CHARACTER;
            }
        }
        return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1)
                ? IdentifierCheck.VALID
                : IdentifierCheck.WRONG_CHECK_CHARACTER;
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The 6-digit administrative division code inside an organisation's code (characters 3 to 8). */
    public static String divisionCode(String code) {
        return code.substring(2, 8);
    }

    private static int[] weights() {
        int[] weights = new int[LENGTH - 1];
        int weight = 1;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight;
            weight = weight * 3 % 31;
        }
        return weights;
    }
}
