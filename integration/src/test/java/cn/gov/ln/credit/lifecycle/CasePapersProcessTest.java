package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.DocumentCheck;
import cn.gov.ln.credit.legaldocument.DocumentFields;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.notification.Notification;
import cn.gov.ln.credit.objection.NewObjection;
import cn.gov.ln.credit.objection.Objection;
import cn.gov.ln.credit.objection.ObjectionDecision;
import cn.gov.ln.credit.objection.ObjectionSteps;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.repair.NewRepair;
import cn.gov.ln.credit.repair.RepairApplication;
import cn.gov.ln.credit.repair.RepairSteps;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The papers of objections, repairs and joint penalty cases: each issued once on its decision, however often its
 * step runs (a penalty case's notice to each department in a step of its own); numbered per issuing department,
 * year and series; verifiable with its code; read by the case's readers (a department only its own notice) and by
 * the subject it is addressed to, and by no one else.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class CasePapersProcessTest extends LifecycleSupport {

    /** A credit officer of Dalian: outside the scope of Shenyang's cases. */
    static final String DALIAN_OFFICER = "creditofficer-dalian";

    @Autowired
    LegalDocuments documents;
    @Autowired
    ObjectionSteps objectionSteps;
    @Autowired
    RepairSteps repairSteps;
    @Autowired
    PledgeService pledges;
    @Autowired
    SystemRunner system;

    @Test
    void anObjectionIsAnsweredWithOneReplyNumberedByItsDepartment() {
        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.SERIOUS, today().minusDays(30));
        Objection upheld = raise(subject, entry, Objection.Ground.ERROR, "判决已撤销");
        signIn.run(OFFICER, () -> objectionHandling.decide(upheld.id(), new ObjectionDecision(
                Objection.ObjectionStatus.UPHELD, "经与沈阳市中级人民法院核实，判决合法有效", null, null)));

        LegalDocument reply = onlyPaper(CaseType.OBJECTION, upheld.id());
        assertThat(reply.type()).isEqualTo(LegalDocumentType.OBJECTION_REPLY);
        assertThat(reply.departmentId()).as("the department of the disputed record").isEqualTo(entry.departmentId());
        assertThat(reply.subjectId()).isEqualTo(subject.subjectId());
        assertThat(reply.recipientName()).isEqualTo(nameOf(subject));
        assertThat(reply.naturalPerson()).isFalse();
        int first = sequence(reply, "异");
        assertThat(documents.fieldsOf(reply)).containsEntry("ground", "信息错误")
                .containsEntry("reason", "经与沈阳市中级人民法院核实，判决合法有效")
                .hasEntrySatisfying("outcome", outcome -> assertThat(outcome).startsWith("维持原记录"));
        assertVerifies(reply);

        system.run(() -> objectionSteps.reply(upheld.id(), null, null, null));
        assertThat(stored(CaseType.OBJECTION, upheld.id())).as("a retried step issues nothing twice").isEqualTo(1);

        Notification notice = noticeOf(subject.username(), "notice.objection.replied");
        assertThat(notice.link()).isEqualTo("documents/" + reply.id());
        assertThat(notice.arguments()).contains(upheld.objectionNo(), reply.number());
        assertThat(signIn.call(subject.username(), () -> documents.ofCase(CaseType.OBJECTION, upheld.id())))
                .extracting(LegalDocument::id).containsExactly(reply.id());

        Applicant other = applicant();
        ListEntry otherEntry = listed(other, BreachTier.SERIOUS, today().minusDays(30));
        Objection corrected = raise(other, otherEntry, Objection.Ground.ERROR, "情节不属严重");
        signIn.run(OFFICER, () -> objectionHandling.decide(corrected.id(), new ObjectionDecision(
                Objection.ObjectionStatus.CORRECTED, "经核实属一般失信", null, BreachTier.GENERAL)));
        LegalDocument second = onlyPaper(CaseType.OBJECTION, corrected.id());
        assertThat(sequence(second, "异")).as("the department's next number").isEqualTo(first + 1);
        assertThat(documents.fieldsOf(second).get("outcome")).startsWith("予以更正").contains("一般失信");

        assertReadOnlyByItsReaders(CaseType.OBJECTION, upheld.id(), reply, subject, other);
    }

    @Test
    void aRepairDecisionIsIssuedOnceAndItsLiftingNoticesGoToEveryDepartment() {
        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.GENERAL, today().minusMonths(4));
        RepairApplication granted = signIn.call(subject.username(), () -> repairs.apply(
                new NewRepair(entry.id(), repairPledge(subject, entry).recordCode(), "已全额履行判决"), judgment()));
        signIn.run(OFFICER, () -> repairs.decide(granted.id(), true, "材料齐全，义务已履行"));

        LegalDocument decision = onlyPaper(CaseType.REPAIR, granted.id());
        assertThat(decision.type()).isEqualTo(LegalDocumentType.REPAIR_GRANTED);
        assertThat(decision.departmentId()).as("the department of the listing").isEqualTo(entry.departmentId());
        sequence(decision, "修");
        assertVerifies(decision);
        system.run(() -> repairSteps.notifyOutcome(granted.id()));
        assertThat(stored(CaseType.REPAIR, granted.id())).as("a retried step issues nothing twice").isEqualTo(1);
        Notification notice = noticeOf(subject.username(), "notice.repair.decidedWithPaper");
        assertThat(notice.link()).isEqualTo("documents/" + decision.id());
        assertThat(notice.arguments()).contains(granted.repairNo(), decision.number());

        PenaltyCase lifting = caseOf(entry, PenaltyAction.LIFT);
        List<LegalDocument> notices = signIn.call(OFFICER, () -> documents.ofCase(CaseType.PENALTY, lifting.id()));
        assertThat(notices).extracting(LegalDocument::occurrence).containsExactlyInAnyOrderElementsOf(
                penalties.departmentsOf(lifting.id()).stream().map(String::valueOf).toList());
        assertThat(documents.fieldsOf(notices.get(0)).get("instruction")).contains("信用修复").contains("解除");
        assertThat(signIn.call(subject.username(), () -> documents.ofCase(CaseType.PENALTY, lifting.id())))
                .as("a notice to a department is not the subject's").isEmpty();

        Applicant refusedSubject = applicant();
        ListEntry refusedEntry = listed(refusedSubject, BreachTier.GENERAL, today().minusMonths(4));
        RepairApplication refused = signIn.call(refusedSubject.username(), () -> repairs.apply(new NewRepair(
                refusedEntry.id(), repairPledge(refusedSubject, refusedEntry).recordCode(), "已整改"), judgment()));
        signIn.run(OFFICER, () -> repairs.decide(refused.id(), false, "未提供履行证明原件"));
        LegalDocument refusal = onlyPaper(CaseType.REPAIR, refused.id());
        assertThat(refusal.type()).isEqualTo(LegalDocumentType.REPAIR_REFUSED);
        sequence(refusal, "不修");
        assertThat(documents.fieldsOf(refusal)).containsEntry("reason", "未提供履行证明原件");

        assertReadOnlyByItsReaders(CaseType.REPAIR, granted.id(), decision, subject, refusedSubject);
    }

    @Test
    void aJointPenaltyCaseSendsEachDepartmentItsOwnNoticeOnce() {
        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.GENERAL, today().minusDays(20));
        PenaltyCase penaltyCase = caseOf(entry, PenaltyAction.INITIATE);
        List<Long> asked = penalties.departmentsOf(penaltyCase.id());

        List<LegalDocument> notices = signIn.call(OFFICER, () -> documents.ofCase(CaseType.PENALTY,
                penaltyCase.id()));
        assertThat(notices).extracting(LegalDocument::occurrence)
                .containsExactlyInAnyOrderElementsOf(asked.stream().map(String::valueOf).toList());
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.type()).isEqualTo(LegalDocumentType.PENALTY_CASE_NOTICE);
            assertThat(n.departmentId()).as("issued by the initiating department")
                    .isEqualTo(penaltyCase.initiatingDepartmentId());
            assertThat(n.recipientName()).isEqualTo(departments.nameOf(Long.valueOf(n.occurrence())));
            assertThat(n.caseNo()).isEqualTo(penaltyCase.caseNo());
        });
        int first = sequence(notices.get(0), "惩");
        for (int i = 1; i < notices.size(); i++) {
            assertThat(sequence(notices.get(i), "惩")).as("consecutive numbers").isEqualTo(first + i);
        }
        assertVerifies(notices.get(notices.size() - 1));
        LegalDocument own = notices.stream().filter(n -> n.occurrence().equals(asked.get(0).toString()))
                .findFirst().orElseThrow();
        LegalDocument another = notices.stream().filter(n -> n != own).findFirst().orElseThrow();
        Map<String, String> fields = documents.fieldsOf(own);
        assertThat(fields.get("instruction")).contains("实施");
        assertThat(fields.get("measures")).contains("依据：");
        assertThat(fields.get("respondDue")).contains(DocumentFields.date(penaltyCase.responseDueOn()));

        LegalDocument again = system.call(() -> penalties.sendNotice(penaltyCase.id(), asked.get(0)));
        assertThat(again.id()).as("a retried step finds the notice issued").isEqualTo(own.id());
        system.run(() -> penalties.initiate(entry.id(), PenaltyAction.INITIATE, OFFICER));
        assertThat(stored(CaseType.PENALTY, penaltyCase.id())).as("nothing is issued twice").isEqualTo(asked.size());

        String liaison = liaisonOf(asked.get(0));
        assertThat(signIn.call(liaison, () -> documents.ofCase(CaseType.PENALTY, penaltyCase.id())))
                .as("a department reads its own notice").extracting(LegalDocument::id).containsExactly(own.id());
        assertThat(signIn.call(liaison, () -> documents.file(own.id()))).startsWith("%PDF".getBytes());
        assertThatThrownBy(() -> signIn.call(liaison, () -> documents.get(another.id())))
                .isInstanceOf(NotFoundException.class);
        long outsider = jdbc.queryForObject("SELECT id FROM department WHERE code = '210000-ARCHIVES'", Long.class);
        assertThat(asked).doesNotContain(outsider);
        assertThat(signIn.call(liaisonOf(outsider), () -> documents.ofCase(CaseType.PENALTY, penaltyCase.id())))
                .isEmpty();
        assertThat(signIn.call(dalianOfficer(), () -> documents.ofCase(CaseType.PENALTY, penaltyCase.id())))
                .isEmpty();
        assertThatThrownBy(() -> signIn.call(dalianOfficer(), () -> documents.get(own.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(signIn.call(subject.username(), () -> documents.ofCase(CaseType.PENALTY, penaltyCase.id())))
                .isEmpty();
    }

    /** The case's officers read the paper; an officer of another city and another subject find nothing. */
    private void assertReadOnlyByItsReaders(CaseType caseType, long caseId, LegalDocument paper, Applicant subject,
            Applicant other) {
        assertThat(signIn.call(subject.username(), () -> documents.get(paper.id())).id()).isEqualTo(paper.id());
        assertThat(signIn.call(dalianOfficer(), () -> documents.ofCase(caseType, caseId))).isEmpty();
        assertThatThrownBy(() -> signIn.call(dalianOfficer(), () -> documents.get(paper.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(signIn.call(other.username(), () -> documents.ofCase(caseType, caseId))).isEmpty();
        assertThatThrownBy(() -> signIn.call(other.username(), () -> documents.file(paper.id())))
                .isInstanceOf(NotFoundException.class);
    }

    private Objection raise(Applicant subject, ListEntry entry, Objection.Ground ground, String description) {
        return signIn.call(subject.username(), () -> objections.raise(new NewObjection(
                Objection.RecordType.LIST_ENTRY, entry.id(), ground, description, null, null)));
    }

    /** The case's one paper, as its officers read it. */
    private LegalDocument onlyPaper(CaseType caseType, long caseId) {
        List<LegalDocument> papers = signIn.call(OFFICER, () -> documents.ofCase(caseType, caseId));
        assertThat(papers).hasSize(1);
        return papers.get(0);
    }

    /** The papers stored for the case, whoever may read them. */
    private long stored(CaseType caseType, long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM legal_document WHERE case_type = ? AND case_id = ?",
                Long.class, caseType.name(), caseId);
    }

    /** The paper's number is the issuing department's, in the type's series and the year of issue: its sequence. */
    private int sequence(LegalDocument paper, String series) {
        Matcher m = numbers(paper.departmentId(), series).matcher(paper.number());
        assertThat(m.matches()).as(paper.number()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private void assertVerifies(LegalDocument paper) {
        DocumentCheck check = documents.verify(paper.number(), paper.verificationCode());
        assertThat(check.outcome()).isEqualTo(DocumentCheck.Outcome.VALID);
        assertThat(check.title()).isEqualTo(paper.type().title());
        assertThat(documents.verify(paper.number(), "00000000").outcome())
                .isEqualTo(DocumentCheck.Outcome.NOT_VERIFIED);
    }

    private Notification noticeOf(String username, String key) {
        return signIn.call(username, () -> notifications.mine(50)).stream()
                .filter(n -> n.messageKey().equals(key)).findFirst().orElseThrow();
    }

    private String nameOf(Applicant subject) {
        return jdbc.queryForObject("SELECT name FROM credit_subject WHERE id = ?", String.class, subject.subjectId());
    }

    private String dalianOfficer() {
        if (!accounts.exists(DALIAN_OFFICER)) {
            long department = jdbc.queryForObject("SELECT id FROM department WHERE code = '210200-DEVELOPMENT_REFORM'",
                    Long.class);
            signIn.run("sysadmin", () -> accounts.create(new NewUser(DALIAN_OFFICER, "大连信用科", ActorKind.STAFF,
                    department, null, null, Set.of(Roles.CREDIT_OFFICER), SignIn.DEMO_PASSWORD.toCharArray())));
        }
        return DALIAN_OFFICER;
    }

    private Pledge repairPledge(Applicant subject, ListEntry entry) {
        return signIn.call(subject.username(), () -> {
            Pledge draft = pledges.draft(new NewPledge("CREDIT-REPAIR", null, "申请信用修复",
                    Map.of("basisNumber", entry.basisNumber(), "corrections", "已全额履行判决确定的义务",
                            "fulfilledOn", today().minusDays(1).toString()),
                    Publicity.PUBLIC, entry.departmentId(), null));
            return pledges.signWithPassword(draft.draftRef(), SignIn.DEMO_PASSWORD.toCharArray());
        });
    }
}
