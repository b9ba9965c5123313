package cn.gov.ln.credit.identifier;

/** The outcome of checking a USCC or a citizen ID against its standard. */
public enum IdentifierCheck {
    VALID,
    EMPTY,
    WRONG_LENGTH,
    INVALID_CHARACTER,
    INVALID_BIRTH_DATE,
    WRONG_CHECK_CHARACTER;

    public boolean isValid() {
        return this == VALID;
    }
}
