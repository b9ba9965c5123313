package cn.gov.ln.credit.account;

import cn.gov.ln.credit.shared.FieldViolation;
import java.util.Optional;

/** At least 8 characters from at least three of: upper case, lower case, digits, other characters. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    static Optional<FieldViolation> check(String field, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of(FieldViolation.of(field, "validation.password.tooShort", MIN_LENGTH));
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of(FieldViolation.of(field, "validation.tooLong", MAX_LENGTH));
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password) {
            if (Character.isISOControl(c)) {
                return Optional.of(FieldViolation.of(field, "validation.controlCharacter"));
            }
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        return classes >= 3 ? Optional.empty() : Optional.of(FieldViolation.of(field, "validation.password.tooWeak"));
    }
}
