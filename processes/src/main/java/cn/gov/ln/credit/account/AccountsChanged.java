package cn.gov.ln.credit.account;

/** An account was created, or its roles or state changed; systems that mirror accounts resynchronise. */
public record AccountsChanged(String username) {
}
