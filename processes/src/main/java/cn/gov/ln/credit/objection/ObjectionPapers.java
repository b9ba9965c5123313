package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.legaldocument.DocumentDraft;
import cn.gov.ln.credit.legaldocument.DocumentFields;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectService;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The reply (异议处理答复书) to a decided objection, addressed to its subject and issued by the department the
 * objection belongs to: the department of the disputed record, whose credit officers answer for it (they are the
 * ones reminded when the reply is late). An objection that names no department is answered by the department of
 * the officer who decided it. Issuing again returns the reply already issued.
 */
@Component
class ObjectionPapers {

    private static final Map<Objection.Ground, String> GROUNDS = Map.of(Objection.Ground.ERROR, "信息错误",
            Objection.Ground.OMISSION, "信息遗漏", Objection.Ground.DUPLICATE, "信息重复",
            Objection.Ground.SHOULD_NOT_PUBLISH, "不应公示", Objection.Ground.PAST_PERIOD, "超过公示期限",
            Objection.Ground.SOURCE_MISMATCH, "与信息来源不一致");
    private static final Map<BreachTier, String> TIERS = Map.of(BreachTier.MINOR, "轻微失信",
            BreachTier.GENERAL, "一般失信", BreachTier.SERIOUS, "严重失信");
    private static final Map<ListType, String> LISTS = Map.of(ListType.DISHONESTY, "严重失信主体名单",
            ListType.RED, "守信激励名单");

    private final LegalDocuments documents;
    private final SubjectService subjects;
    private final ListingService listings;
    private final BreachQueries breaches;

    ObjectionPapers(LegalDocuments documents, SubjectService subjects, ListingService listings,
            BreachQueries breaches) {
        this.documents = documents;
        this.subjects = subjects;
        this.listings = listings;
        this.breaches = breaches;
    }

    /** Issues the reply once the outcome is applied to the record; the correction as the officer entered it. */
    LegalDocument reply(Objection objection, Correction correction, Long deciderDepartmentId) {
        CreditSubject subject = subjects.lookup(objection.subjectId()).orElseThrow();
        Long department = objection.departmentId() != null ? objection.departmentId() : deciderDepartmentId;
        if (department == null) {
            throw new IllegalStateException("objection " + objection.objectionNo() + " has no department to reply");
        }
        Map<String, String> fields = Map.of(
                "filedDate", DocumentFields.date(objection.submittedAt()),
                "recordSummary", recordSummary(objection),
                "ground", GROUNDS.get(objection.ground()),
                "outcome", outcome(objection, correction),
                "reason", DocumentFields.orNone(objection.outcomeReason()));
        return documents.issue(DocumentDraft.once(LegalDocumentType.OBJECTION_REPLY, objection.id(),
                objection.objectionNo(), department, subject.id(), subject.name(),
                subject.kind() == SubjectKind.NATURAL_PERSON, fields));
    }

    /** The record as it was disputed: by what stays the same when it is corrected. */
    private String recordSummary(Objection objection) {
        if (objection.recordType() == Objection.RecordType.LIST_ENTRY) {
            ListEntry entry = listings.get(objection.recordId());
            return "列入" + LISTS.get(entry.listType()) + "的信息（认定依据：" + entry.basisNumber() + "）";
        }
        Breach breach = breaches.find(objection.recordId());
        return "失信行为记录（" + (breach.caseNo() == null ? "记录编号：" + breach.id() : "案件编号：" + breach.caseNo())
                + "）";
    }

    private String outcome(Objection objection, Correction correction) {
        return switch (objection.status()) {
            case UPHELD -> "维持原记录。经核实，该信息与信息提供单位的记录一致，异议理由不成立。";
            case REVOKED -> revoked(objection);
            case CORRECTED -> corrected(objection, correction);
            case PENDING -> throw new IllegalStateException("objection " + objection.objectionNo() + " is pending");
        };
    }

    private String revoked(Objection objection) {
        if (objection.recordType() == Objection.RecordType.BREACH) {
            return "撤销该失信行为记录。该记录自即日起不再作为失信信息使用。";
        }
        boolean dishonesty = listings.get(objection.recordId()).listType() == ListType.DISHONESTY;
        return "撤销该信息。该信息自即日起停止公示和共享" + (dishonesty ? "，据此实施的联合惩戒措施依法解除" : "") + "。";
    }

    private String corrected(Objection objection, Correction correction) {
        StringBuilder text = new StringBuilder("予以更正。");
        if (correction.text() != null) {
            text.append("更正后的内容为：").append(correction.text()).append("。");
        }
        if (correction.tier() != null && objection.recordType() == Objection.RecordType.LIST_ENTRY) {
            ListEntry entry = listings.get(objection.recordId());
            text.append("失信等级更正为").append(TIERS.get(correction.tier())).append("，名单期限相应调整至")
                    .append(DocumentFields.date(entry.expiresOn())).append("。");
        }
        return text.toString();
    }

    /** What the officer corrected: the text, the tier, or both (null when not corrected). */
    record Correction(String text, BreachTier tier) {

        static Correction of(String text, String tier) {
            return new Correction(text == null || text.isBlank() ? null : text.strip(),
                    tier == null ? null : BreachTier.valueOf(tier));
        }
    }
}
