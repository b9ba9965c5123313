package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.creditreport.CreditReports;
import cn.gov.ln.credit.demo.DemoInstallation;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.DocumentCheck;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.objection.NewObjection;
import cn.gov.ln.credit.objection.Objection;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Special credit reports (信用代证): a listed organisation's report states its list entry in force (marked while
 * disputed), the breach behind it and its pledges; an applicant gets their own subject's report only, a department
 * system organisations' only, an officer a natural person's only with a legal reason; each report is a new paper,
 * recorded as a credit check and in the audit trail, readable by its subject and its requester and nobody else.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class CreditReportProcessTest extends LifecycleSupport {

    static final String API_CLIENT = "api-market";

    @Autowired
    CreditReports reports;
    @Autowired
    LegalDocuments documents;
    @Autowired
    PledgeService pledges;

    @Test
    void aListedOrganisationsReportStatesItsListEntryBreachAndPledge() {
        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.SERIOUS, today().minusDays(30));
        Pledge pledge = signedPledge(subject, entry);
        signIn.run(subject.username(), () -> objections.raise(new NewObjection(Objection.RecordType.LIST_ENTRY,
                entry.id(), Objection.Ground.ERROR, "判决已被撤销", null, null)));

        LegalDocument report = signIn.call(subject.username(), () -> reports.issue(subject.uscc(), null));

        assertThat(report.type()).isEqualTo(LegalDocumentType.CREDIT_REPORT);
        assertThat(report.caseType()).isEqualTo(CaseType.SUBJECT);
        assertThat(report.caseId()).isEqualTo(subject.subjectId());
        assertThat(report.subjectId()).isEqualTo(subject.subjectId());
        assertThat(report.number()).as("the platform department's 信报 series").contains("信报〔");
        Map<String, String> fields = documents.fieldsOf(report);
        assertThat(fields).containsEntry("identifierLabel", "统一社会信用代码").containsEntry("identifier", subject.uscc())
                .containsEntry("category", "法人").containsEntry("requestedBy", "企业" + subject.username());
        assertThat(fields.get("grade")).startsWith("D");
        assertThat(fields.get("listEntries")).startsWith("严重失信主体名单：").contains(entry.basisNumber())
                .contains("沈阳市中级人民法院").contains("「异议处理中」");
        assertThat(fields.get("breaches")).contains("拒不履行生效判决确定的给付义务").contains("已列入名单")
                .contains(entry.basisNumber());
        assertThat(fields.get("pledges")).contains(pledge.recordCode()).contains("履约情况尚未认定");
        assertThat(fields.get("repairs")).isEqualTo("无");
        assertThat(fields.get("sources")).isEqualTo("本平台信用信息库");
        assertThat(fields.get("purpose")).isNotBlank();

        byte[] pdf = signIn.call(subject.username(), () -> documents.file(report.id()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains("统一社会信用代码").contains(subject.uscc()).contains(entry.basisNumber())
                .contains(pledge.recordCode()).contains("「异议处理中」").doesNotContain("${");
        DocumentCheck check = documents.verify(report.number(), report.verificationCode());
        assertThat(check.outcome()).isEqualTo(DocumentCheck.Outcome.VALID);
        assertThat(check.title()).isEqualTo("专项信用报告");
        assertThat(jdbc.queryForList("SELECT purpose || ' ' || requested_by FROM credit_check_record "
                + "WHERE subject_id = ?", String.class, subject.subjectId()))
                .contains("CREDIT_REPORT " + subject.username());
    }

    @Test
    void anApplicantGetsTheirOwnSubjectsReportOnly() {
        Applicant subject = applicant();
        Applicant other = applicant();
        assertThatThrownBy(() -> signIn.run(subject.username(), () -> reports.issue(other.uscc(), null)))
                .isInstanceOf(AccessDeniedException.class);
        LegalDocument own = signIn.call("citizen", () -> reports.issue(DemoInstallation.CITIZEN_ID, null));
        assertThat(own.naturalPerson()).isTrue();
        assertThat(documents.fieldsOf(own)).containsEntry("identifierLabel", "公民身份号码")
                .containsEntry("grade", "自然人不参与公共信用综合评价");
        assertThat(own.caseNo()).as("the public verification shows the case number").doesNotContain(
                DemoInstallation.CITIZEN_ID);
        DocumentCheck check = documents.verify(own.number(), own.verificationCode());
        assertThat(check.recipient()).isEqualTo("张*");
        assertThat(check.caseNo()).isEqualTo(own.caseNo());
    }

    @Test
    void aDepartmentSystemGetsOrganisationsReportsButNeverANaturalPersons() {
        Applicant subject = applicant();
        LegalDocument report = signIn.call(API_CLIENT, () -> reports.issue(subject.uscc(), "招标投标资格审查"));
        assertThat(documents.fieldsOf(report)).containsEntry("purpose", "招标投标资格审查")
                .containsEntry("requestedBy", "省市场监管局业务系统（辽宁省市场监督管理局）");
        assertThatThrownBy(() -> signIn.run(API_CLIENT, () -> reports.issue(DemoInstallation.CITIZEN_ID,
                "依据法律规定核查"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.run("liaison", () -> reports.issue(subject.uscc(), null)))
                .as("without report:issue").isInstanceOf(AccessDeniedException.class);

        LegalDocument again = signIn.call(API_CLIENT, () -> reports.issue(subject.uscc(), null));
        assertThat(again.number()).as("every request is a new report").isNotEqualTo(report.number());
        assertThat(again.caseNo()).isNotEqualTo(report.caseNo());
        assertThat(documents.verify(again.number(), again.verificationCode()).outcome())
                .isEqualTo(DocumentCheck.Outcome.VALID);
    }

    @Test
    void anOfficerGetsANaturalPersonsReportOnlyWithTheLegalReasonWhichIsRecorded() {
        assertThatThrownBy(() -> signIn.run("intake", () -> reports.issue(DemoInstallation.CITIZEN_ID, "  ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("reason"));
        String reason = "依据《行政许可法》第三十一条核查申请人信用状况";
        LegalDocument report = signIn.call("intake", () -> reports.issue(DemoInstallation.CITIZEN_ID, reason));
        assertThat(documents.fieldsOf(report)).containsEntry("purpose", reason)
                .containsEntry("identifier", DemoInstallation.CITIZEN_ID);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'CREDIT_REPORT_ISSUED' "
                + "AND actor = 'intake' AND target_id = ?", String.class, report.number())).endsWith(reason);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_check_record WHERE purpose = 'CREDIT_REPORT' "
                + "AND requested_by = 'intake' AND identifier = ?", Long.class, DemoInstallation.CITIZEN_ID))
                .isPositive();
        Applicant organisation = applicant();
        assertThat(signIn.call("creditofficer", () -> reports.issue(organisation.uscc(), null)).naturalPerson())
                .as("an organisation's report needs no reason, wherever the officer sits").isFalse();
    }

    @Test
    void aReportIsReadByItsSubjectAndItsRequesterAndNobodyElse() {
        Applicant subject = applicant();
        Applicant other = applicant();
        LegalDocument report = signIn.call(API_CLIENT, () -> reports.issue(subject.uscc(), null));

        assertThat(signIn.call(API_CLIENT, () -> documents.get(report.id())).number()).isEqualTo(report.number());
        assertThat(signIn.call(API_CLIENT, () -> documents.file(report.id()))).isNotEmpty();
        assertThat(signIn.call(API_CLIENT, () -> documents.ofCase(CaseType.SUBJECT, subject.subjectId())))
                .extracting(LegalDocument::id).contains(report.id());
        assertThat(signIn.call(subject.username(), () -> documents.get(report.id())).id()).isEqualTo(report.id());
        for (String stranger : new String[] {"intake", "creditofficer", other.username()}) {
            assertThatThrownBy(() -> signIn.run(stranger, () -> documents.get(report.id()))).as(stranger)
                    .isInstanceOf(NotFoundException.class);
            assertThat(signIn.call(stranger, () -> documents.ofCase(CaseType.SUBJECT, subject.subjectId())))
                    .as(stranger).isEmpty();
        }
        DocumentCheck wrongCode = documents.verify(report.number(), "2222-2222-2222");
        assertThat(wrongCode.outcome()).isEqualTo(DocumentCheck.Outcome.NOT_VERIFIED);
        assertThat(documents.verify("没有这个文号", report.verificationCode())).isEqualTo(wrongCode);
    }

    /** The text of every page of a PDF, without line breaks (the layout breaks lines anywhere). */
    private static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            return text.toString().replaceAll("\\s", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Pledge signedPledge(Applicant subject, ListEntry entry) {
        return signIn.call(subject.username(), () -> {
            Pledge draft = pledges.draft(new NewPledge("CREDIT-REPAIR", null, "申请信用修复",
                    Map.of("basisNumber", entry.basisNumber(), "corrections", "已全额履行判决确定的义务",
                            "fulfilledOn", today().minusDays(1).toString()),
                    Publicity.PUBLIC, entry.departmentId(), null));
            return pledges.signWithPassword(draft.draftRef(), SignIn.DEMO_PASSWORD.toCharArray());
        });
    }
}
