package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.DeterminationSteps;
import cn.gov.ln.credit.breach.ListingDecision;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.DocumentCheck;
import cn.gov.ln.credit.legaldocument.DocumentFields;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.legaldocument.PaperNotices;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.notification.NoticeDelivery;
import cn.gov.ln.credit.notification.Notification;
import cn.gov.ln.credit.notification.NotificationChannel;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.printing.VerificationCodes;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The papers of a breach's determination: the advance notice (失信行为告知书) issued once with the determination,
 * numbered by the determining department, verifiable by its code, delivered when its subject opens it, read by the
 * case's officers and no others; and the determination decision (失信认定决定书) issued with the decision. The
 * notices to the subject name each paper and link to it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class BreachPapersProcessTest extends LifecycleSupport {

    static final String DALIAN_OFFICER = "creditofficer.dalian";

    @Autowired
    LegalDocuments papers;
    @Autowired
    DeterminationSteps steps;
    @Autowired
    SystemRunner system;
    @Autowired
    PaperNotices paperNotices;
    @Autowired
    NotificationService notifications;

    @Test
    void theAdvanceNoticeIsIssuedOnceByTheDepartmentAndVerifiesWithItsCodeOnly() {
        Applicant subject = applicant();
        Breach breach = reload(determine(subject, BreachTier.SERIOUS, today().minusDays(10)));
        LegalDocument notice = onlyPaper(breach, LegalDocumentType.BREACH_ADVANCE_NOTICE);

        assertThat(notice.departmentId()).isEqualTo(breach.departmentId());
        assertThat(notice.number()).matches(numbers(breach.departmentId(), "信告"));
        assertThat(notice.subjectId()).isEqualTo(subject.subjectId());
        assertThat(notice.recipientName()).isEqualTo(jdbc.queryForObject(
                "SELECT name FROM credit_subject WHERE id = ?", String.class, subject.subjectId()));
        assertThat(notice.naturalPerson()).isFalse();
        assertThat(notice.caseNo()).isEqualTo(breach.caseNo());
        Map<String, String> fields = papers.fieldsOf(notice);
        assertThat(fields).containsEntry("facts", breach.description()).containsEntry("tier", "严重")
                .containsEntry("defenceDue", DocumentFields.date(breach.defenceDueOn()))
                .containsEntry("defenceDays", "5");
        assertThat(fields.get("basis")).contains(breach.basisNumber(), breach.basisIssuer(), "法院判决");
        assertThat(fields.get("measures")).as("the catalogue's measures for the serious tier")
                .contains("限制参与依法必须招标项目的投标活动", "《招标投标法实施条例》第六十七条");

        Notification told = notice(subject, "notice.breach.advanceIssued");
        assertThat(told.link()).isEqualTo("documents/" + notice.id());
        assertThat(told.arguments()).contains(breach.caseNo(), notice.number());

        system.run(() -> steps.sendAdvanceNotice(breach.id()));
        assertThat(papersOf(breach)).as("the step run again issues nothing").containsExactly(notice);
        assertThat(noticesOf(subject.username())).filteredOn("notice.breach.advanceIssued"::equals).hasSize(1);

        assertThat(papers.verify(notice.number(), VerificationCodes.grouped(notice.verificationCode())).outcome())
                .isEqualTo(DocumentCheck.Outcome.VALID);
        assertThat(papers.verify(notice.number(), wrong(notice.verificationCode())).outcome())
                .isEqualTo(DocumentCheck.Outcome.NOT_VERIFIED);
    }

    @Test
    void theCaseOfficerSeesBesideEachPaperHowItsNoticeReachedTheSubjectAndNoOneElseDoes() {
        Applicant subject = applicant();
        Breach breach = determine(subject, BreachTier.GENERAL, today().minusDays(4));
        LegalDocument notice = onlyPaper(breach, LegalDocumentType.BREACH_ADVANCE_NOTICE);

        Map<Long, List<NoticeDelivery>> shown = signIn.call(OFFICER, () -> paperNotices.ofCase(CaseType.BREACH,
                breach.id()));
        assertThat(shown).containsKey(notice.id());
        NoticeDelivery inApp = shown.get(notice.id()).get(0);
        assertThat(inApp.channel()).isEqualTo(NotificationChannel.IN_APP);
        assertThat(inApp.messageKey()).isEqualTo("notice.breach.advanceIssued");
        assertThat(inApp.readAt()).isNull();

        Notification told = notice(subject, "notice.breach.advanceIssued");
        signIn.run(subject.username(), () -> notifications.markRead(told.id()));
        assertThat(signIn.call(OFFICER, () -> paperNotices.ofCase(CaseType.BREACH, breach.id())).get(notice.id())
                .get(0).readAt()).as("the officer sees the subject read it").isNotNull();
        assertThat(signIn.call(subject.username(), () -> paperNotices.ofCase(CaseType.BREACH, breach.id())))
                .as("the subject holds the notices themselves").isEmpty();
        assertThat(signIn.call(dalianOfficer(), () -> paperNotices.ofCase(CaseType.BREACH, breach.id())))
                .as("another division's officer").isEmpty();
    }

    @Test
    void theSubjectOpeningTheNoticeRecordsItsDeliveryOnceAndAnotherSubjectCannotReadIt() {
        Applicant subject = applicant();
        Applicant other = applicant();
        Breach breach = determine(subject, BreachTier.GENERAL, today().minusDays(3));
        LegalDocument notice = onlyPaper(breach, LegalDocumentType.BREACH_ADVANCE_NOTICE);

        assertThat(signIn.call(OFFICER, () -> papers.open(notice.id())).openedAt())
                .as("the officer reading it delivers nothing").isNull();
        assertThat(signIn.call(subject.username(), () -> papers.mine(20))).extracting(LegalDocument::id)
                .contains(notice.id());
        LegalDocument opened = signIn.call(subject.username(), () -> papers.open(notice.id()));
        assertThat(opened.openedAt()).isNotNull();
        assertThat(opened.openedBy()).isEqualTo(subject.username());
        byte[] pdf = signIn.call(subject.username(), () -> papers.file(notice.id()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        LegalDocument again = signIn.call(subject.username(), () -> papers.open(notice.id()));
        assertThat(again.openedAt()).isEqualTo(opened.openedAt());
        assertThat(jdbc.queryForObject("SELECT opened_at FROM legal_document WHERE id = ?", Timestamp.class,
                notice.id()).toInstant()).isEqualTo(opened.openedAt());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'DOCUMENT_OPENED' "
                + "AND target_id = ?", Long.class, notice.number())).isEqualTo(1);

        assertThat(signIn.call(other.username(), () -> papers.mine(20))).extracting(LegalDocument::id)
                .doesNotContain(notice.id());
        assertThatThrownBy(() -> signIn.call(other.username(), () -> papers.open(notice.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOfficerOfAnotherDivisionCannotListOpenOrDeliverTheCasePapers() {
        Applicant subject = applicant();
        Breach breach = determine(subject, BreachTier.GENERAL, today().minusDays(3));
        LegalDocument notice = onlyPaper(breach, LegalDocumentType.BREACH_ADVANCE_NOTICE);
        String dalian = dalianOfficer();

        assertThat(signIn.call(dalian, () -> papers.ofCase(CaseType.BREACH, breach.id()))).isEmpty();
        assertThatThrownBy(() -> signIn.call(dalian, () -> papers.get(notice.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.call(dalian, () -> papers.open(notice.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.call(dalian, () -> papers.file(notice.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.call(dalian, () -> papers.recordHandOver(notice.id(), receipt())))
                .isInstanceOf(NotFoundException.class);
        assertThat(signIn.call(OFFICER, () -> papers.get(notice.id())).handedOverAt()).isNull();
    }

    @Test
    void theCaseOfficerRecordsAPaperHandedOverWithItsScannedReceiptOnce() {
        Applicant subject = applicant();
        Breach breach = determine(subject, BreachTier.GENERAL, today().minusDays(3));
        LegalDocument notice = onlyPaper(breach, LegalDocumentType.BREACH_ADVANCE_NOTICE);

        assertThatThrownBy(() -> signIn.call(OFFICER, () -> papers.recordHandOver(notice.id(),
                new Upload("回执.exe", "application/x-msdownload", new byte[] {1}))))
                .isInstanceOf(ValidationException.class);
        LegalDocument delivered = signIn.call(OFFICER, () -> papers.recordHandOver(notice.id(), receipt()));
        assertThat(delivered.handedOverAt()).isNotNull();
        assertThat(delivered.handedOverBy()).isEqualTo(OFFICER);
        assertThat(delivered.receiptDocumentId()).isNotNull();
        assertThat(signIn.call(OFFICER, () -> breachQueries.documents(breach.id())))
                .anyMatch(d -> d.id() == delivered.receiptDocumentId() && d.purpose().equals(
                        LegalDocuments.RECEIPT_PURPOSE));
        assertThatThrownBy(() -> signIn.call(OFFICER, () -> papers.recordHandOver(notice.id(), receipt())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void listingIssuesTheDeterminationDecisionNamingTheNoticeAndThePeriods() {
        Applicant subject = applicant();
        Breach breach = determine(subject, BreachTier.SERIOUS, today().minusDays(10));
        LegalDocument notice = onlyPaper(breach, LegalDocumentType.BREACH_ADVANCE_NOTICE);
        lapseDefence(breach);
        assertThat(papersOf(breach)).as("no decision before the decision").containsExactly(notice);

        signIn.run(OFFICER, () -> determinations.decide(breach.id(),
                new ListingDecision(true, BreachTier.SERIOUS, "逾期未申辩，事实清楚")));
        LegalDocument decision = onlyPaper(breach, LegalDocumentType.BREACH_DETERMINATION);
        Breach decided = reload(breach);
        ListEntry entry = listings.get(decided.listEntryId());
        assertThat(decision.number()).matches(".+信决〔" + today().getYear() + "〕\\d+号");
        assertThat(decision.departmentId()).isEqualTo(notice.departmentId());
        Map<String, String> fields = papers.fieldsOf(decision);
        assertThat(fields).containsEntry("noticeNumber", notice.number())
                .containsEntry("noticeDate", DocumentFields.date(notice.issuedAt()))
                .containsEntry("reason", "逾期未申辩，事实清楚");
        assertThat(fields.get("statementNote")).contains("未提出陈述、申辩意见");
        assertThat(fields.get("outcome")).contains("严重", "列入失信名单");
        assertThat(fields.get("period")).contains(DocumentFields.date(entry.publishUntil()),
                DocumentFields.date(entry.basisDate()));
        assertThat(fields.get("basis")).contains(breach.basisNumber());

        Notification told = notice(subject, "notice.breach.decisionIssued");
        assertThat(told.link()).isEqualTo("documents/" + decision.id());
        assertThat(told.arguments()).contains(breach.caseNo(), decision.number());
        system.run(() -> steps.announceDecision(breach.id()));
        assertThat(papersOf(breach)).hasSize(2);
        assertThat(noticesOf(subject.username())).filteredOn("notice.breach.decisionIssued"::equals).hasSize(1);
    }

    @Test
    void aDecisionNotToListAfterAStatementSaysSoInItsPaper() {
        Applicant subject = applicant();
        Breach breach = determine(subject, BreachTier.GENERAL, today().minusDays(3));
        signIn.run(subject.username(), () -> determinations.submitStatement(breach.id(), "已全额履行"));
        signIn.run(OFFICER, () -> determinations.decide(breach.id(), new ListingDecision(false, null, "申辩成立")));

        LegalDocument decision = onlyPaper(breach, LegalDocumentType.BREACH_DETERMINATION);
        Map<String, String> fields = papers.fieldsOf(decision);
        assertThat(fields.get("statementNote")).contains("提交了陈述、申辩意见",
                DocumentFields.date(reload(breach).statementAt()));
        assertThat(fields.get("outcome")).contains("不予列入");
        assertThat(fields.get("period")).contains("不予公示");
        assertThat(signIn.call(subject.username(), () -> papers.ofCase(CaseType.BREACH, breach.id())))
                .extracting(LegalDocument::type).containsExactly(LegalDocumentType.BREACH_ADVANCE_NOTICE,
                        LegalDocumentType.BREACH_DETERMINATION);
    }

    private List<LegalDocument> papersOf(Breach breach) {
        return signIn.call(OFFICER, () -> papers.ofCase(CaseType.BREACH, breach.id()));
    }

    private LegalDocument onlyPaper(Breach breach, LegalDocumentType type) {
        List<LegalDocument> ofType = papersOf(breach).stream().filter(d -> d.type() == type).toList();
        assertThat(ofType).as(type.name()).hasSize(1);
        return ofType.get(0);
    }

    private Notification notice(Applicant subject, String key) {
        List<Notification> found = signIn.call(subject.username(), () -> notifications.mine(50)).stream()
                .filter(n -> n.messageKey().equals(key)).toList();
        assertThat(found).as(key).hasSize(1);
        return found.get(0);
    }

    /** The code with one character changed, still a well-formed code. */
    private static String wrong(String code) {
        char first = code.charAt(0);
        char other = VerificationCodes.ALPHABET.charAt((VerificationCodes.ALPHABET.indexOf(first) + 1)
                % VerificationCodes.ALPHABET.length());
        return other + code.substring(1);
    }

    private static Upload receipt() {
        return new Upload("送达回证.pdf", "application/pdf", "%PDF-1.4 送达回证".getBytes(StandardCharsets.UTF_8));
    }

    /** A credit officer of the Dalian development and reform commission (created once). */
    private String dalianOfficer() {
        if (!accounts.exists(DALIAN_OFFICER)) {
            long dalian = departments.findByCode("210200-DEVELOPMENT_REFORM").orElseThrow().id();
            signIn.run("sysadmin", () -> accounts.create(new NewUser(DALIAN_OFFICER, "大连信用管理员",
                    ActorKind.STAFF, dalian, null, null, Set.of(Roles.CREDIT_OFFICER),
                    SignIn.DEMO_PASSWORD.toCharArray())));
        }
        return DALIAN_OFFICER;
    }
}
