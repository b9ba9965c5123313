package cn.gov.ln.credit.account;

/**
 * Filters of the user list; null means no filter. {@code text} matches the login id or the name, {@code role} is
 * a role the account holds, {@code state} whether it may sign in now.
 */
public record UserQuery(String text, Long departmentId, String role, UserState state) {

    public static final UserQuery ALL = new UserQuery(null, null, null, null);

    /** Whether an account may sign in now. */
    public enum UserState {
        /** Enabled and not locked. */
        ACTIVE,
        /** Locked after failed sign-ins, until its lock expires or an administrator unlocks it. */
        LOCKED,
        /** Disabled by an administrator. */
        DISABLED
    }
}
