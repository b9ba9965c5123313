package cn.gov.ln.credit.shared;

/** The request clashes with the current state (a duplicate, or a record changed by someone else meanwhile). */
public class ConflictException extends BusinessException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
