package cn.gov.ln.credit.creditcheck;

/** The credit source did not answer (down, slow, refusing). The caller must wait and retry, never skip. */
public class CreditSourceUnavailableException extends RuntimeException {

    public CreditSourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
