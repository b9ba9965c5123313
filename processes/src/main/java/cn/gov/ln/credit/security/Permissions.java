package cn.gov.ln.credit.security;

/** Permission strings (Shiro wildcard syntax) that services and views check. Roles grant them as data. */
public final class Permissions {

    public static final String DASHBOARD_VIEW = "dashboard:view";
    public static final String SUBJECT_READ = "subject:read";
    public static final String SUBJECT_REGISTER = "subject:register";
    public static final String SUBJECT_REVEAL_IDENTITY = "subject:reveal-identity";
    public static final String LISTING_READ = "listing:read";
    public static final String LISTING_MANAGE = "listing:manage";
    public static final String USER_MANAGE = "user:manage";
    public static final String DEPARTMENT_READ = "department:read";
    public static final String CALENDAR_READ = "calendar:read";
    public static final String CALENDAR_MANAGE = "calendar:manage";
    public static final String ALLOWLIST_MANAGE = "allowlist:manage";
    public static final String AUDIT_READ = "audit:read";
    public static final String OWN_CREDIT_FILE = "self:credit-file";
    public static final String CAMUNDA_WEBAPP = "camunda:webapp";
    public static final String ENGINE_REST = "engine:rest";
    public static final String API_ACCESS = "api:access";
    public static final String PLEDGE_SIGN = "pledge:sign";
    public static final String PLEDGE_READ = "pledge:read";
    public static final String PLEDGE_READ_ALL = "pledge:read-all";
    public static final String PLEDGE_DETERMINE = "pledge:determine";
    public static final String TEMPLATE_MANAGE = "template:manage";
    public static final String REGISTRY_VERIFY = "registry:verify";
    public static final String FILING_FILE = "filing:file";
    public static final String FILING_READ = "filing:read";
    public static final String CREDITCHECK_RUN = "creditcheck:run";
    public static final String TASK_WORK = "task:work";
    public static final String TASK_SUPERVISE = "task:supervise";
    public static final String SUPERVISION_MARK = "supervision:mark";
    public static final String BREACH_READ = "breach:read";
    public static final String MATTER_READ = "matter:read";
    public static final String BREACH_DETERMINE = "breach:determine";
    public static final String BREACH_ANSWER = "breach:answer";
    public static final String PENALTY_READ = "penalty:read";
    public static final String PENALTY_RESPOND = "penalty:respond";
    public static final String OBJECTION_FILE = "objection:file";
    public static final String OBJECTION_HANDLE = "objection:handle";
    public static final String REPAIR_APPLY = "repair:apply";
    public static final String REPAIR_HANDLE = "repair:handle";
    public static final String MEASURE_READ = "measure:read";
    public static final String MEASURE_MANAGE = "measure:manage";
    public static final String MODEL_EDIT = "model:edit";
    public static final String MODEL_REVIEW = "model:review";
    public static final String MODEL_MIGRATE = "model:migrate";
    public static final String DOCUMENT_REVOKE = "document:revoke";
    public static final String DOCUMENT_DELIVER = "document:deliver";
    public static final String DOCUMENT_CONFIGURE = "document:configure";
    public static final String REPORT_OWN = "report:own";
    public static final String REPORT_ISSUE = "report:issue";
    /** A department's inspection plans and their draw (双随机). */
    public static final String INSPECTION_PLAN = "inspection:plan";
    /** An inspector's tasks and results; a department system's too. */
    public static final String INSPECTION_INSPECT = "inspection:inspect";
    public static final String REDLIST_DETERMINE = "redlist:determine";
    public static final String INCENTIVE_READ = "incentive:read";
    public static final String INCENTIVE_RESPOND = "incentive:respond";
    public static final String EVALUATION_OVERSEE = "evaluation:oversee";

    private Permissions() {
    }
}
