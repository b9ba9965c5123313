package cn.gov.ln.credit.shared;

/** Masks personal identifiers for screens and answers that do not need them in full. */
public final class Masking {

    private Masking() {
    }

    /** Keeps the 6-digit division code and the last 4 characters: {@code 210102********123X}. */
    public static String citizenId(String citizenId) {
        if (citizenId == null) {
            return null;
        }
        if (citizenId.length() <= 10) {
            return "*".repeat(citizenId.length());
        }
        return citizenId.substring(0, 6) + "*".repeat(citizenId.length() - 10)
                + citizenId.substring(citizenId.length() - 4);
    }

    /** Keeps the surname: {@code 张**}. */
    public static String personName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
