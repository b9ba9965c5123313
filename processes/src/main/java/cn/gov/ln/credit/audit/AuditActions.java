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
    public static final String TEMPLATE_CREATED = "TEMPLATE_CREATED";
    public static final String TEMPLATE_DRAFT_SAVED = "TEMPLATE_DRAFT_SAVED";
    public static final String TEMPLATE_PUBLISHED = "TEMPLATE_PUBLISHED";
    public static final String TEMPLATE_AUDIENCE_CHANGED = "TEMPLATE_AUDIENCE_CHANGED";
    public static final String PLEDGE_DRAFTED = "PLEDGE_DRAFTED";
    public static final String PLEDGE_SIGNED = "PLEDGE_SIGNED";
    public static final String PLEDGE_WITHDRAWN = "PLEDGE_WITHDRAWN";
    public static final String PLEDGE_FULFILLMENT_DETERMINED = "PLEDGE_FULFILLMENT_DETERMINED";
    public static final String REGISTRY_VERIFIED = "REGISTRY_VERIFIED";
    public static final String FILING_RECEIVED = "FILING_RECEIVED";
    public static final String FILING_REVIEWED = "FILING_REVIEWED";
    public static final String FILING_DECIDED = "FILING_DECIDED";
    public static final String CREDIT_CHECKED = "CREDIT_CHECKED";
    public static final String TASK_CLAIMED = "TASK_CLAIMED";
    public static final String TASK_REASSIGNED = "TASK_REASSIGNED";
    public static final String PERMIT_REVOKED = "PERMIT_REVOKED";
    public static final String BREACH_RAISED = "BREACH_RAISED";
    public static final String DETERMINATION_STARTED = "DETERMINATION_STARTED";
    public static final String ADVANCE_NOTICE_SENT = "ADVANCE_NOTICE_SENT";
    public static final String STATEMENT_SUBMITTED = "STATEMENT_SUBMITTED";
    public static final String LISTING_DECIDED = "LISTING_DECIDED";
    public static final String LISTING_ENDED = "LISTING_ENDED";
    public static final String LISTING_CORRECTED = "LISTING_CORRECTED";
    public static final String PENALTY_INITIATED = "PENALTY_INITIATED";
    public static final String PENALTY_RESPONDED = "PENALTY_RESPONDED";
    public static final String PENALTY_FEEDBACK = "PENALTY_FEEDBACK";
    public static final String PENALTY_ESCALATED = "PENALTY_ESCALATED";
    public static final String PENALTY_CLOSED = "PENALTY_CLOSED";
    public static final String OBJECTION_RAISED = "OBJECTION_RAISED";
    public static final String OBJECTION_DECIDED = "OBJECTION_DECIDED";
    public static final String OBJECTION_OVERDUE = "OBJECTION_OVERDUE";
    public static final String REPAIR_APPLIED = "REPAIR_APPLIED";
    public static final String REPAIR_DECIDED = "REPAIR_DECIDED";
    public static final String MEASURE_CHANGED = "MEASURE_CHANGED";
    public static final String MODEL_SUBMITTED = "MODEL_SUBMITTED";
    public static final String MODEL_APPROVED = "MODEL_APPROVED";
    public static final String MODEL_REJECTED = "MODEL_REJECTED";
    public static final String MODEL_DEPLOYED = "MODEL_DEPLOYED";
    public static final String MODEL_MIGRATED = "MODEL_MIGRATED";
    public static final String MODEL_IMPORTED = "MODEL_IMPORTED";
    public static final String MODEL_DISCARDED = "MODEL_DISCARDED";
    public static final String ENGINE_OPERATION = "ENGINE_OPERATION";
    public static final String DOCUMENT_ISSUED = "DOCUMENT_ISSUED";
    public static final String DOCUMENT_OPENED = "DOCUMENT_OPENED";
    public static final String DOCUMENT_HANDED_OVER = "DOCUMENT_HANDED_OVER";
    public static final String DOCUMENT_REVOKED = "DOCUMENT_REVOKED";
    public static final String DOCUMENT_PATTERN_SET = "DOCUMENT_PATTERN_SET";
    public static final String CREDIT_REPORT_ISSUED = "CREDIT_REPORT_ISSUED";
    public static final String SUBSTITUTION_NAMED = "SUBSTITUTION_NAMED";
    public static final String SUBSTITUTION_REVOKED = "SUBSTITUTION_REVOKED";
    public static final String SUBSTITUTE_ACTED = "SUBSTITUTE_ACTED";
    public static final String SUPERVISION_MARKED = "SUPERVISION_MARKED";
    public static final String SUPERVISION_LIFTED = "SUPERVISION_LIFTED";
    public static final String LIST_EXPORTED = "LIST_EXPORTED";
    public static final String INSPECTION_PLAN_CREATED = "INSPECTION_PLAN_CREATED";
    public static final String INSPECTION_DRAWN = "INSPECTION_DRAWN";
    public static final String INSPECTION_DRAW_VERIFIED = "INSPECTION_DRAW_VERIFIED";
    public static final String INSPECTION_PLAN_CLOSED = "INSPECTION_PLAN_CLOSED";
    public static final String INSPECTION_RESULT_RECORDED = "INSPECTION_RESULT_RECORDED";
    public static final String RED_LISTED = "RED_LISTED";
    public static final String RED_REMOVED = "RED_REMOVED";
    public static final String INCENTIVE_INITIATED = "INCENTIVE_INITIATED";
    public static final String INCENTIVE_RESPONDED = "INCENTIVE_RESPONDED";
    public static final String INCENTIVE_FEEDBACK = "INCENTIVE_FEEDBACK";
    public static final String INCENTIVE_ESCALATED = "INCENTIVE_ESCALATED";
    public static final String INCENTIVE_CLOSED = "INCENTIVE_CLOSED";
    public static final String INCENTIVE_WITHDRAWN = "INCENTIVE_WITHDRAWN";
    public static final String INCENTIVE_STOPPED = "INCENTIVE_STOPPED";
    public static final String GRADE_EVALUATED = "GRADE_EVALUATED";
    public static final String EVALUATION_RUN = "EVALUATION_RUN";

    /** Every action, in the order the audit screen offers them as filters. */
    public static final java.util.List<String> ALL = java.util.List.of(LOGIN_SUCCEEDED, LOGIN_FAILED, ACCOUNT_LOCKED,
            LOGOUT, ACCESS_DENIED, USER_CREATED, USER_ROLES_CHANGED, USER_ENABLED, USER_DISABLED, USER_UNLOCKED,
            PASSWORD_RESET, SUBJECT_REGISTERED, IDENTITY_REVEALED, ALLOWLIST_ADDED, ALLOWLIST_REMOVED,
            LISTING_CREATED, CALENDAR_CHANGED, DEMO_DATA_GENERATED, TEMPLATE_CREATED, TEMPLATE_DRAFT_SAVED,
            TEMPLATE_PUBLISHED, TEMPLATE_AUDIENCE_CHANGED, PLEDGE_DRAFTED, PLEDGE_SIGNED, PLEDGE_WITHDRAWN,
            PLEDGE_FULFILLMENT_DETERMINED,
            REGISTRY_VERIFIED, FILING_RECEIVED, FILING_REVIEWED, FILING_DECIDED, CREDIT_CHECKED, TASK_CLAIMED,
            TASK_REASSIGNED, PERMIT_REVOKED, BREACH_RAISED,
            DETERMINATION_STARTED, ADVANCE_NOTICE_SENT, STATEMENT_SUBMITTED, LISTING_DECIDED, LISTING_ENDED, LISTING_CORRECTED,
            PENALTY_INITIATED, PENALTY_RESPONDED, PENALTY_FEEDBACK, PENALTY_ESCALATED, PENALTY_CLOSED, OBJECTION_RAISED,
            OBJECTION_DECIDED, OBJECTION_OVERDUE, REPAIR_APPLIED, REPAIR_DECIDED, MEASURE_CHANGED,
            MODEL_SUBMITTED, MODEL_APPROVED, MODEL_REJECTED, MODEL_DEPLOYED, MODEL_MIGRATED, MODEL_IMPORTED,
            MODEL_DISCARDED, ENGINE_OPERATION, DOCUMENT_ISSUED, DOCUMENT_OPENED, DOCUMENT_HANDED_OVER,
            DOCUMENT_REVOKED, DOCUMENT_PATTERN_SET, CREDIT_REPORT_ISSUED,
            SUBSTITUTION_NAMED, SUBSTITUTION_REVOKED, SUBSTITUTE_ACTED, SUPERVISION_MARKED, SUPERVISION_LIFTED,
            LIST_EXPORTED, INSPECTION_PLAN_CREATED, INSPECTION_DRAWN, INSPECTION_DRAW_VERIFIED,
            INSPECTION_PLAN_CLOSED, INSPECTION_RESULT_RECORDED, RED_LISTED, RED_REMOVED, INCENTIVE_INITIATED,
            INCENTIVE_RESPONDED, INCENTIVE_FEEDBACK, INCENTIVE_ESCALATED, INCENTIVE_CLOSED, INCENTIVE_WITHDRAWN,
            INCENTIVE_STOPPED,
            GRADE_EVALUATED, EVALUATION_RUN);

    private AuditActions() {
    }
}
