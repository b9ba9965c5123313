package cn.gov.ln.credit.shared;

import java.util.List;

/**
 * A retry under an external reference already used, with content that differs from what was stored under it: the
 * caller learns that its request was not what is on record, and which fields differ. (The same content returns the
 * stored record.)
 */
public class IdempotencyConflict extends ConflictException {

    private final List<String> fields;

    public IdempotencyConflict(List<String> fields) {
        super("error.idempotency.differs", String.join(", ", fields));
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
