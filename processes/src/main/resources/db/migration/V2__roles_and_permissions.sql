-- The roles of DOMAIN.md and what each may do. Permissions use Shiro's wildcard syntax.

INSERT INTO app_role (code, sort_order) VALUES ('SYSTEM_ADMIN', 10);
INSERT INTO app_role (code, sort_order) VALUES ('PROCESS_ADMIN', 20);
INSERT INTO app_role (code, sort_order) VALUES ('INTAKE_OFFICER', 30);
INSERT INTO app_role (code, sort_order) VALUES ('APPROVAL_OFFICER', 40);
INSERT INTO app_role (code, sort_order) VALUES ('VERIFICATION_OFFICER', 50);
INSERT INTO app_role (code, sort_order) VALUES ('CREDIT_OFFICER', 60);
INSERT INTO app_role (code, sort_order) VALUES ('DEPARTMENT_LIAISON', 70);
INSERT INTO app_role (code, sort_order) VALUES ('APPLICANT', 80);
INSERT INTO app_role (code, sort_order) VALUES ('API_CLIENT', 90);

INSERT INTO role_permission (role_code, permission) VALUES ('SYSTEM_ADMIN', 'dashboard:view');
INSERT INTO role_permission (role_code, permission) VALUES ('SYSTEM_ADMIN', 'user:manage');
INSERT INTO role_permission (role_code, permission) VALUES ('SYSTEM_ADMIN', 'department:read');
INSERT INTO role_permission (role_code, permission) VALUES ('SYSTEM_ADMIN', 'calendar:read');
INSERT INTO role_permission (role_code, permission) VALUES ('SYSTEM_ADMIN', 'calendar:manage');
INSERT INTO role_permission (role_code, permission) VALUES ('SYSTEM_ADMIN', 'allowlist:manage');
INSERT INTO role_permission (role_code, permission) VALUES ('SYSTEM_ADMIN', 'audit:read');
INSERT INTO role_permission (role_code, permission) VALUES ('SYSTEM_ADMIN', 'subject:read');
INSERT INTO role_permission (role_code, permission) VALUES ('SYSTEM_ADMIN', 'listing:read');

INSERT INTO role_permission (role_code, permission) VALUES ('PROCESS_ADMIN', 'dashboard:view');
INSERT INTO role_permission (role_code, permission) VALUES ('PROCESS_ADMIN', 'camunda:webapp');
INSERT INTO role_permission (role_code, permission) VALUES ('PROCESS_ADMIN', 'engine:rest');
INSERT INTO role_permission (role_code, permission) VALUES ('PROCESS_ADMIN', 'calendar:read');
INSERT INTO role_permission (role_code, permission) VALUES ('PROCESS_ADMIN', 'department:read');

INSERT INTO role_permission (role_code, permission) VALUES ('INTAKE_OFFICER', 'dashboard:view');
INSERT INTO role_permission (role_code, permission) VALUES ('INTAKE_OFFICER', 'subject:read');
INSERT INTO role_permission (role_code, permission) VALUES ('INTAKE_OFFICER', 'subject:register');
INSERT INTO role_permission (role_code, permission) VALUES ('INTAKE_OFFICER', 'subject:reveal-identity');
INSERT INTO role_permission (role_code, permission) VALUES ('INTAKE_OFFICER', 'listing:read');
INSERT INTO role_permission (role_code, permission) VALUES ('INTAKE_OFFICER', 'calendar:read');

INSERT INTO role_permission (role_code, permission) VALUES ('APPROVAL_OFFICER', 'dashboard:view');
INSERT INTO role_permission (role_code, permission) VALUES ('APPROVAL_OFFICER', 'subject:read');
INSERT INTO role_permission (role_code, permission) VALUES ('APPROVAL_OFFICER', 'listing:read');
INSERT INTO role_permission (role_code, permission) VALUES ('APPROVAL_OFFICER', 'calendar:read');

INSERT INTO role_permission (role_code, permission) VALUES ('VERIFICATION_OFFICER', 'dashboard:view');
INSERT INTO role_permission (role_code, permission) VALUES ('VERIFICATION_OFFICER', 'subject:read');
INSERT INTO role_permission (role_code, permission) VALUES ('VERIFICATION_OFFICER', 'listing:read');
INSERT INTO role_permission (role_code, permission) VALUES ('VERIFICATION_OFFICER', 'calendar:read');

INSERT INTO role_permission (role_code, permission) VALUES ('CREDIT_OFFICER', 'dashboard:view');
INSERT INTO role_permission (role_code, permission) VALUES ('CREDIT_OFFICER', 'subject:read');
INSERT INTO role_permission (role_code, permission) VALUES ('CREDIT_OFFICER', 'subject:register');
INSERT INTO role_permission (role_code, permission) VALUES ('CREDIT_OFFICER', 'subject:reveal-identity');
INSERT INTO role_permission (role_code, permission) VALUES ('CREDIT_OFFICER', 'listing:read');
INSERT INTO role_permission (role_code, permission) VALUES ('CREDIT_OFFICER', 'listing:manage');
INSERT INTO role_permission (role_code, permission) VALUES ('CREDIT_OFFICER', 'calendar:read');
INSERT INTO role_permission (role_code, permission) VALUES ('CREDIT_OFFICER', 'department:read');

INSERT INTO role_permission (role_code, permission) VALUES ('DEPARTMENT_LIAISON', 'dashboard:view');
INSERT INTO role_permission (role_code, permission) VALUES ('DEPARTMENT_LIAISON', 'subject:read');
INSERT INTO role_permission (role_code, permission) VALUES ('DEPARTMENT_LIAISON', 'listing:read');
INSERT INTO role_permission (role_code, permission) VALUES ('DEPARTMENT_LIAISON', 'calendar:read');

INSERT INTO role_permission (role_code, permission) VALUES ('APPLICANT', 'self:credit-file');

INSERT INTO role_permission (role_code, permission) VALUES ('API_CLIENT', 'api:access');
INSERT INTO role_permission (role_code, permission) VALUES ('API_CLIENT', 'subject:read');
