package cn.gov.ln.credit.forms;

/** A form schema that cannot be used: malformed JSON, an unsupported component, a bad key or pattern. */
public class FormSchemaException extends RuntimeException {

    public FormSchemaException(String message) {
        super(message);
    }
}
