package cn.gov.ln.credit.shared;

/**
 * The record does not exist, or it lies outside the caller's department and division. Both answer the
 * same way so that a caller cannot learn whether a record outside their scope exists.
 */
public class NotFoundException extends BusinessException {

    public NotFoundException(String entity, Object id) {
        super("error.notFound", entity, String.valueOf(id));
    }
}
