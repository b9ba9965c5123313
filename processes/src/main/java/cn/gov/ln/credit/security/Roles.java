package cn.gov.ln.credit.security;

import java.util.List;

/** The roles of DOMAIN.md; their permissions are data ({@code role_permission}). */
public final class Roles {

    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String PROCESS_ADMIN = "PROCESS_ADMIN";
    public static final String INTAKE_OFFICER = "INTAKE_OFFICER";
    public static final String APPROVAL_OFFICER = "APPROVAL_OFFICER";
    public static final String VERIFICATION_OFFICER = "VERIFICATION_OFFICER";
    public static final String CREDIT_OFFICER = "CREDIT_OFFICER";
    public static final String DEPARTMENT_LIAISON = "DEPARTMENT_LIAISON";
    public static final String APPLICANT = "APPLICANT";
    public static final String API_CLIENT = "API_CLIENT";

    public static final List<String> ALL = List.of(SYSTEM_ADMIN, PROCESS_ADMIN, INTAKE_OFFICER, APPROVAL_OFFICER,
            VERIFICATION_OFFICER, CREDIT_OFFICER, DEPARTMENT_LIAISON, APPLICANT, API_CLIENT);

    private Roles() {
    }
}
