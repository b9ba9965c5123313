package cn.gov.ln.credit.audit;

import cn.gov.ln.credit.security.Actor;

/** What a caller asks to record; the trail adds the time, the chain position and the hashes. */
public record AuditEntry(String actor, Long departmentId, String divisionCode, String action, String targetType,
        String targetId, String detail, String clientAddress) {

    public static final int MAX_DETAIL = 1000;

    public AuditEntry {
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL - 1) + "…";
        }
    }

    public static AuditEntry of(Actor actor, String action, String targetType, Object targetId, String detail,
            String clientAddress) {
        return new AuditEntry(actor.username(), actor.departmentId(), actor.divisionCode(), action, targetType,
                targetId == null ? null : String.valueOf(targetId), detail, clientAddress);
    }
}
