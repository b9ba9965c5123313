package cn.gov.ln.credit.notification;

import cn.gov.ln.credit.shared.Violations;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where a user is reached beyond the bell, and the language their e-mail and SMS are written in. */
public record ContactDetails(String email, String phone, Locale locale) {

    static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** A mainland mobile number, as the provincial SMS gateway takes it. */
    static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");

    public static final ContactDetails NONE = new ContactDetails(null, null, Locale.SIMPLIFIED_CHINESE);

    public ContactDetails {
        email = blankToNull(email);
        phone = blankToNull(phone);
        locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public String address(NotificationChannel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case SMS -> phone;
            case IN_APP -> null;
        };
    }

    /** Refuses a malformed address, naming the field. */
    void validate() {
        Violations violations = Violations.of(this);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            violations.add("email", "validation.email");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            violations.add("phone", "validation.mobilePhone");
        }
        violations.throwIfAny();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
