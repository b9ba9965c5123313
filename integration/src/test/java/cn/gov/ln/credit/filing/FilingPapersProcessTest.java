package cn.gov.ln.credit.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.DocumentCheck;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.core.CoreTestApplication;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A filing's papers: each decision issues its numbered, sealed paper in its own transaction; the applicant reads
 * and opens them, the case's officers list them, others see none; a paper verifies by number and code, and once
 * revoked by its department verifies as revoked.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class FilingPapersProcessTest extends FilingProcessSupport {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    LegalDocuments documents;

    @Test
    void anApprovalInLieuIssuesTheAcceptanceAndTheDecisionThatTheApplicantOpens() throws IOException {
        String applicant = newApplicant("A");
        Pledge pledge = signFoodPledge(applicant);
        Filing filing = approve(fileInLieu(applicant, pledge));
        assertThat(filing.status()).isEqualTo(FilingStatus.APPROVED);

        List<LegalDocument> papers = signIn.call("intake", () -> documents.ofCase(CaseType.FILING, filing.id()));
        assertThat(papers).extracting(LegalDocument::type)
                .containsExactly(LegalDocumentType.FILING_ACCEPTED, LegalDocumentType.PERMIT_GRANTED);
        LegalDocument decision = papers.get(1);
        assertThat(decision.number()).matches("辽沈市监许〔" + YEAR + "〕\\d+号");
        assertThat(papers.get(0).number()).matches("辽沈市监受〔" + YEAR + "〕\\d+号");
        assertThat(events(filing)).contains("PAPER_ISSUED");

        String text = firstPage(signIn.call("intake", () -> documents.file(decision.id())));
        assertThat(text).contains("准予行政许可决定书", decision.number(), pledge.recordCode(), "六十日内",
                "六个月内", "核验码");
        assertThat(decision.openedAt()).isNull();
        assertThat(signIn.call("intake", () -> documents.get(decision.id())).openedAt())
                .as("an officer reading it is not its delivery").isNull();

        assertThat(signIn.call(applicant, () -> documents.ofCase(CaseType.FILING, filing.id())))
                .extracting(LegalDocument::number).containsExactly(papers.get(0).number(), decision.number());
        LegalDocument opened = signIn.call(applicant, () -> documents.open(decision.id()));
        assertThat(opened.openedAt()).isNotNull();
        assertThat(opened.openedBy()).isEqualTo(applicant);
        assertThat(signIn.call(applicant, () -> documents.open(decision.id())).openedAt())
                .as("the first opening is the delivery").isEqualTo(opened.openedAt());

        assertThat(notifications(applicant)).anySatisfy(link -> assertThat(link)
                .isEqualTo("documents/" + decision.id()));
    }

    @Test
    void aPaperVerifiesByItsNumberAndCodeAndAWrongCodeReadsLikeAnUnknownNumber() {
        Filing filing = approve(fileAtWindow(subject(graded("A"))));
        LegalDocument decision = paper(filing, LegalDocumentType.PERMIT_GRANTED);

        DocumentCheck valid = documents.verify(decision.number(), grouped(decision.verificationCode()).toLowerCase());
        assertThat(valid.outcome()).isEqualTo(DocumentCheck.Outcome.VALID);
        assertThat(valid.title()).isEqualTo("准予行政许可决定书");
        assertThat(valid.issuer()).isEqualTo("沈阳市市场监督管理局");

        String wrong = decision.verificationCode().substring(1) + (decision.verificationCode().startsWith("2")
                ? "3" : "2");
        DocumentCheck wrongCode = documents.verify(decision.number(), wrong);
        DocumentCheck unknown = documents.verify(decision.number() + "0", decision.verificationCode());
        assertThat(wrongCode.outcome()).isEqualTo(DocumentCheck.Outcome.NOT_VERIFIED);
        assertThat(wrongCode).isEqualTo(unknown);
        assertThat(documents.verify(decision.number(), null)).isEqualTo(unknown);

        jdbc.update("UPDATE legal_document SET recipient_name = ? WHERE id = ?", "另一家公司", decision.id());
        assertThat(documents.verify(decision.number(), decision.verificationCode()))
                .as("a record changed after sealing no longer verifies").isEqualTo(unknown);
    }

    @Test
    void onlyTheIssuingDepartmentRevokesAndARevokedPaperVerifiesAsRevoked() {
        Filing filing = approve(fileAtWindow(subject(graded("A"))));
        LegalDocument decision = paper(filing, LegalDocumentType.PERMIT_GRANTED);

        assertThatThrownBy(() -> signIn.run("creditofficer", () -> documents.revoke(decision.id(), "错误")))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> signIn.run("approver", () -> documents.revoke(decision.id(), " ")))
                .isInstanceOf(ValidationException.class);
        LegalDocument revoked = signIn.call("approver", () -> documents.revoke(decision.id(), "决定书记载事项有误"));
        assertThat(revoked.revokedBy()).isEqualTo("approver");
        assertThatThrownBy(() -> signIn.run("approver", () -> documents.revoke(decision.id(), "再次")))
                .isInstanceOf(ConflictException.class);

        DocumentCheck check = documents.verify(decision.number(), decision.verificationCode());
        assertThat(check.outcome()).isEqualTo(DocumentCheck.Outcome.REVOKED);
        assertThat(check.revokedAt()).isEqualTo(revoked.revokedAt());
    }

    @Test
    void aRefusalAtIntakeAndAListOfPapersToSupplyAreIssuedAndOthersSeeNoneOfThem() throws IOException {
        Filing refused = fileAtWindow(subject(DISHONEST));
        ProcessInstance instance = instance(refused);
        runJobs(instance);
        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "REJECT",
                "reason", "申请人被列入严重失信主体名单"));
        LegalDocument notAccepted = paper(refused, LegalDocumentType.FILING_NOT_ACCEPTED);
        assertThat(firstPage(signIn.call("intake", () -> documents.file(notAccepted.id()))))
                .contains("不予受理通知书", "申请人被列入严重失信主体名单", "行政复议");

        Filing incomplete = fileAtWindow(subject(graded("C")));
        ProcessInstance second = instance(incomplete);
        runJobs(second);
        complete("intake", second, "Task_ReviewFiling", Map.of("reviewDecision", "REQUEST_PAPERS",
                "missingPapers", "营业执照复印件；食品安全管理制度文本"));
        LegalDocument list = paper(incomplete, LegalDocumentType.PAPERS_REQUESTED);
        assertThat(firstPage(signIn.call("intake", () -> documents.file(list.id()))))
                .contains("补正材料通知书", "营业执照复印件", "食品安全管理制度文本", "一次性告知");

        assertThat(signIn.call("liaison", () -> documents.ofCase(CaseType.FILING, incomplete.id()))).isEmpty();
        assertThatThrownBy(() -> signIn.run("liaison", () -> documents.get(list.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.run("liaison", () -> documents.file(list.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theApplicantHearsOfTheAcceptanceAndOnceOfARefusalAtIntake() {
        String applicant = newApplicant("A");
        Filing filing = fileInLieu(applicant, signFoodPledge(applicant));
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "ACCEPT"));
        LegalDocument accepted = paper(filing, LegalDocumentType.FILING_ACCEPTED);
        assertThat(filingNotices(applicant)).containsExactly(
                "notice.filing.accepted documents/" + accepted.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = 'intake' AND "
                + "message_key = 'notice.filing.accepted' AND args LIKE ?", Long.class, "%" + filing.filingNo() + "%"))
                .as("not the officer who accepted it").isZero();

        String refusedApplicant = newApplicant("A");
        Filing refused = fileInLieu(refusedApplicant, signFoodPledge(refusedApplicant));
        ProcessInstance second = instance(refused);
        runJobs(second);
        complete("intake", second, "Task_ReviewFiling", Map.of("reviewDecision", "REJECT",
                "reason", "所附材料与申请事项不符"));
        runJobs(second);
        LegalDocument notAccepted = paper(refused, LegalDocumentType.FILING_NOT_ACCEPTED);
        assertThat(filingNotices(refusedApplicant)).as("the outcome notice carries the refusal, once")
                .containsExactly("notice.filing.permitDecision documents/" + notAccepted.id());
    }

    private List<String> filingNotices(String username) {
        return jdbc.queryForList("SELECT message_key || ' ' || link FROM notification WHERE recipient = ? "
                + "AND message_key LIKE 'notice.filing.%' ORDER BY id", String.class, username);
    }

    private LegalDocument paper(Filing filing, LegalDocumentType type) {
        return signIn.call("intake", () -> documents.ofCase(CaseType.FILING, filing.id())).stream()
                .filter(d -> d.type() == type).findFirst().orElseThrow();
    }

    private List<String> notifications(String username) {
        return jdbc.queryForList("SELECT link FROM notification WHERE recipient = ?", String.class, username);
    }

    static String grouped(String code) {
        return code.substring(0, 4) + " - " + code.substring(4, 8) + " " + code.substring(8);
    }

    static String firstPage(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
        }
    }
}
