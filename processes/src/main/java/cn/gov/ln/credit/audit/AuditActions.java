package cn.gov.ln.credit.audit;

/** The actions the audit trail names. Message keys {@code audit.action.<name>} describe them. */
public final class AuditActions {

    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String LOGOUT = "LOGOUT";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_ROLES_CHANGED = "USER_ROLES_CHANGED";
    public static final String USER_ENABLED = "USER_ENABLED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String USER_UNLOCKED = "USER_UNLOCKED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String SUBJECT_REGISTERED = "SUBJECT_REGISTERED";
    public static final String IDENTITY_REVEALED = "IDENTITY_REVEALED";
    public static final String ALLOWLIST_ADDED = "ALLOWLIST_ADDED";
    public static final String ALLOWLIST_REMOVED = "ALLOWLIST_REMOVED";
    public static final String LISTING_CREATED = "LISTING_CREATED";
    public static final String CALENDAR_CHANGED = "CALENDAR_CHANGED";
    public static final String DEMO_DATA_GENERATED = "DEMO_DATA_GENERATED";

    private AuditActions() {
    }
}
