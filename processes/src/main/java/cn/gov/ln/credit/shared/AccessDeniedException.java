package cn.gov.ln.credit.shared;

/** The caller is known but lacks the permission the action needs. */
public class AccessDeniedException extends BusinessException {

    private final String permission;

    public AccessDeniedException(String permission) {
        super("error.accessDenied", permission);
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
