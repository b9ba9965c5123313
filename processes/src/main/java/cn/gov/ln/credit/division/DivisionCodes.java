package cn.gov.ln.credit.division;

/**
 * Administrative division codes (GB/T 2260): 2 digits province, 2 city, 2 county. A division's scope is the
 * prefix that every code inside it shares, so "inside my division" is a prefix match on an indexed column.
 */
public final class DivisionCodes {

    /** Liaoning province. */
    public static final String PROVINCE = "210000";

    private DivisionCodes() {
    }

    public static String scopePrefix(String divisionCode) {
        if (divisionCode == null || divisionCode.length() != 6) {
            throw new IllegalArgumentException("a division code has 6 digits: " + divisionCode);
        }
        if (divisionCode.endsWith("0000")) {
            return divisionCode.substring(0, 2);
        }
        if (divisionCode.endsWith("00")) {
            return divisionCode.substring(0, 4);
        }
        return divisionCode;
    }

    public static DivisionLevel levelOf(String divisionCode) {
        return switch (scopePrefix(divisionCode).length()) {
            case 2 -> DivisionLevel.PROVINCE;
            case 4 -> DivisionLevel.CITY;
            default -> DivisionLevel.COUNTY;
        };
    }

    public static String parentOf(String divisionCode) {
        return switch (levelOf(divisionCode)) {
            case PROVINCE -> null;
            case CITY -> divisionCode.substring(0, 2) + "0000";
            case COUNTY -> divisionCode.substring(0, 4) + "00";
        };
    }
}
