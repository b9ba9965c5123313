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

    /** Keeps the first 3 and the last 4 digits of a mobile number, the area code and last 4 of a landline. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        int dash = phone.indexOf('-');
        String head = dash > 0 ? phone.substring(0, dash + 1) : phone.substring(0, Math.min(3, phone.length()));
        if (phone.length() - head.length() <= 4) {
            return "*".repeat(phone.length());
        }
        return head + "*".repeat(phone.length() - head.length() - 4) + phone.substring(phone.length() - 4);
    }

    /** Keeps the first character of the name part and the domain: {@code z***@example.cn}. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "*".repeat(email.length()) : email.charAt(0) + "***" + email.substring(at);
    }

    /** Hides the whole value (an address, another person's detail), with as many marks as it has characters. */
    public static String whole(String value) {
        return value == null ? null : "*".repeat(Math.min(8, Math.max(1, value.codePointCount(0, value.length()))));
    }
}
