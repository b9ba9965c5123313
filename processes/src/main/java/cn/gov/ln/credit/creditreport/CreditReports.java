package cn.gov.ln.credit.creditreport;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.legaldocument.DocumentDraft;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.printing.VerificationCodes;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.subject.CreditSubject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special credit reports (专项信用报告, 信用代证): since 2025 one report of what the platform holds about a subject
 * replaces the certificates of no violation that each department used to issue. Each request is a new report, a
 * paper with its own number issued by the platform's department ({@code credit.reports.department}) and
 * verifiable by anyone holding it. Who may have which report is {@link ReportAccess}'s; every report is recorded
 * as a credit check (purpose {@code CREDIT_REPORT}: the sources asked, what they said, who asked) and in the audit
 * trail with the reason given, which the check record has no place for.
 */
@Service
public class CreditReports {

    static final String NUMBER_PREFIX = "XYBG";
    static final String DEFAULT_PURPOSE = "信用代证（替代无违法违规记录证明）";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ReportAccess access;
    private final CreditCheckService checks;
    private final ReportContent content;
    private final LegalDocuments documents;
    private final DepartmentService departments;
    private final SystemRunner system;
    private final AuditService audit;
    private final Clock clock;
    private final String departmentCode;

    CreditReports(ReportAccess access, CreditCheckService checks, ReportContent content, LegalDocuments documents,
            DepartmentService departments, SystemRunner system, AuditService audit, Clock clock,
            @Value("${credit.reports.department:210000-DEVELOPMENT_REFORM}") String departmentCode) {
        this.access = access;
        this.checks = checks;
        this.content = content;
        this.documents = documents;
        this.departments = departments;
        this.system = system;
        this.audit = audit;
        this.clock = clock;
        this.departmentCode = departmentCode;
    }

    /** Issues the signed-in subject's own report, as its applicant account asks for it on the portal. */
    @Transactional
    public LegalDocument issueOwn() {
        return issue(access.ownIdentifier(), null);
    }

    /**
     * Issues the credit report of the subject with this USCC or citizen ID to the caller, if they may have it;
     * {@code reason} is why they ask (required for a natural person's report asked by an officer).
     */
    @Transactional
    public LegalDocument issue(String identifier, String reason) {
        ReportAccess.Request request = access.decide(identifier, reason);
        CreditSubject subject = request.subject();
        CreditCheckService.CheckResult check = checks.checkForReport(subject);
        // The caller may have this report, not everything it is made of: the facts are read as the system.
        Map<String, String> fields = new HashMap<>(system.call(() -> content.fields(subject, check)));
        fields.put("requestedBy", requester(request.requester()));
        fields.put("purpose", request.reason() == null ? DEFAULT_PURPOSE : request.reason());
        String reportNo = NUMBER_PREFIX + LocalDate.now(clock).format(DAY) + VerificationCodes.next();
        LegalDocument report = documents.issue(new DocumentDraft(LegalDocumentType.CREDIT_REPORT, subject.id(),
                reportNo, reportNo, department().id(), subject.id(), subject.name(), request.naturalPerson(),
                fields));
        audit.record(request.requester(), AuditActions.CREDIT_REPORT_ISSUED, "document", report.number(),
                "subject " + subject.id() + ", credit check " + check.record().id()
                        + (request.reason() == null ? "" : ", reason: " + request.reason()));
        return report;
    }

    private Department department() {
        return departments.findByCode(departmentCode).orElseThrow(() -> new IllegalStateException(
                "credit.reports.department names no department: " + departmentCode));
    }

    /** Who asked, as the report names them: the applicant, or the person or system and their department. */
    static String requester(Actor actor) {
        if (actor.kind() == ActorKind.APPLICANT || actor.departmentName() == null) {
            return actor.displayName();
        }
        return actor.displayName() + "（" + actor.departmentName() + "）";
    }
}
