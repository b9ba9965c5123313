package cn.gov.ln.credit.notification;

/** A message did not go out; {@code permanent} when trying again cannot help (a refused address). */
public class DeliveryFailedException extends RuntimeException {

    private final boolean permanent;

    public DeliveryFailedException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
