package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.legaldocument.DocumentDraft;
import cn.gov.ln.credit.legaldocument.DocumentFields;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The notices of a joint penalty case (联合惩戒案件通知书), one to each department it is pushed to, numbered by the
 * initiating department: what to apply (or lift), each measure with its legal basis, about whom, on what basis,
 * for which period, and by when to respond. The department's id tells its notice apart, so a retried step issues
 * nothing twice.
 */
@Component
class PenaltyPapers {

    private static final Map<BreachTier, String> TIERS = Map.of(BreachTier.MINOR, "轻微失信",
            BreachTier.GENERAL, "一般失信", BreachTier.SERIOUS, "严重失信");
    private static final Map<LegalBasisType, String> BASES = Map.of(LegalBasisType.COURT_JUDGMENT, "法院判决",
            LegalBasisType.ARBITRAL_AWARD, "仲裁裁决", LegalBasisType.ADMINISTRATIVE_PENALTY, "行政处罚决定",
            LegalBasisType.ADMINISTRATIVE_RULING, "行政裁决", LegalBasisType.COMMENDATION, "表彰决定或评价结果");
    private static final Map<ListType, String> LISTS = Map.of(ListType.DISHONESTY, "严重失信主体名单",
            ListType.RED, "守信激励名单");
    private static final Map<String, String> ENDINGS = Map.of("EXPIRED", "名单期限届满", "REPAIRED", "信用修复",
            "REVOKED", "异议核实后撤销");

    private final LegalDocuments documents;
    private final DepartmentService departments;
    private final SubjectService subjects;

    PenaltyPapers(LegalDocuments documents, DepartmentService departments, SubjectService subjects) {
        this.documents = documents;
        this.departments = departments;
        this.subjects = subjects;
    }

    /** The notice to the department of the part: what it is asked to apply (or lift), each with its basis. */
    LegalDocument notice(PenaltyCase penaltyCase, ListEntry entry, PenaltyResponse part,
            List<PenaltyMeasure> catalogue) {
        CreditSubject subject = subjects.lookup(entry.subjectId()).orElseThrow();
        Set<String> codes = Set.copyOf(PenaltyMeasure.split(part.measureCodes()));
        List<String> measures = catalogue.stream().filter(m -> codes.contains(m.code()))
                .map(m -> m.code() + " " + m.content() + "（依据：" + m.legalBasis() + "）").toList();
        Map<String, String> fields = Map.of(
                "instruction", instruction(penaltyCase, entry, subject),
                "subjectName", subject.name(),
                "subjectIdentifier", DocumentFields.orNone(subject.identifier()),
                "tier", entry.tier() == null ? DocumentFields.NONE : TIERS.get(entry.tier()),
                "basis", BASES.get(entry.basisType()) + " " + entry.basisNumber() + "（" + entry.basisIssuer() + "，"
                        + DocumentFields.date(entry.basisDate()) + "）",
                "period", period(penaltyCase, entry),
                "respondDue", DocumentFields.date(penaltyCase.responseDueOn()) + "前响应；"
                        + DocumentFields.date(penaltyCase.feedbackDueOn()) + "前反馈实施情况",
                "measures", DocumentFields.lines(measures));
        return documents.issue(new DocumentDraft(LegalDocumentType.PENALTY_CASE_NOTICE, penaltyCase.id(),
                penaltyCase.caseNo(), Long.toString(part.departmentId()), penaltyCase.initiatingDepartmentId(), null,
                departments.get(part.departmentId()).name(), false, fields));
    }

    private static String instruction(PenaltyCase penaltyCase, ListEntry entry, CreditSubject subject) {
        String list = LISTS.get(entry.listType());
        if (penaltyCase.action() == PenaltyAction.INITIATE) {
            return "经依法认定，" + subject.name() + "已列入" + list + "。根据联合惩戒措施清单，现将本案推送贵单位，"
                    + "请依照下列措施及其法律依据实施联合惩戒。";
        }
        String ending = entry.endReason() == null ? null : ENDINGS.get(entry.endReason());
        return subject.name() + (ending == null ? "已依法" : "已因" + ending) + "移出" + list + "（"
                + DocumentFields.date(entry.endedOn()) + "）。请贵单位自收到本通知之日起解除对其实施的下列联合惩戒措施。";
    }

    private static String period(PenaltyCase penaltyCase, ListEntry entry) {
        String listed = DocumentFields.date(entry.listedOn()) + "至" + DocumentFields.date(entry.expiresOn());
        return penaltyCase.action() == PenaltyAction.LIFT && entry.endedOn() != null
                ? listed + "（已于" + DocumentFields.date(entry.endedOn()) + "移出）" : listed;
    }
}
