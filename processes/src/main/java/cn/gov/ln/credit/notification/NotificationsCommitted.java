package cn.gov.ln.credit.notification;

import java.util.Set;

/** Published once a transaction that left notices has committed: whose bells to refresh, whether to dispatch. */
public record NotificationsCommitted(Set<String> recipients, boolean deliveriesQueued) {
}
