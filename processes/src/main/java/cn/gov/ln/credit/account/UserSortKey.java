package cn.gov.ln.credit.account;

/** The columns the user list sorts by; {@code AccountMapper.xml} holds the SQL of each. */
public enum UserSortKey {
    USERNAME, NAME, KIND, DEPARTMENT, LAST_LOGIN
}
