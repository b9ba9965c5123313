package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.DocumentDraft;
import cn.gov.ln.credit.legaldocument.DocumentFields;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.penalty.MeasureService;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The papers of a breach's determination, issued by the system steps in their transaction, once per case: the
 * advance notice (失信行为告知书) when the defence period opens, with the measures the catalogue holds for the
 * proposed tier, and the determination decision (失信认定决定书) when the officer has decided. The issuer is the
 * breach's department (the determining officer's); a breach without one is issued by the credit authority
 * (the development and reform line, 社会信用体系建设牵头单位) of its division or the nearest division above.
 */
@Component
class BreachPapers {

    static final String CREDIT_AUTHORITY_LINE = "DEVELOPMENT_REFORM";

    private final LegalDocuments documents;
    private final SubjectService subjects;
    private final DepartmentService departments;
    private final MeasureService measures;
    private final ListingService listings;

    BreachPapers(LegalDocuments documents, SubjectService subjects, DepartmentService departments,
            MeasureService measures, ListingService listings) {
        this.documents = documents;
        this.subjects = subjects;
        this.departments = departments;
        this.measures = measures;
        this.listings = listings;
    }

    /** The advance notice: facts, basis, proposed tier and measures, the right to answer and its deadline. */
    LegalDocument issueAdvanceNotice(Breach breach, LocalDate defenceDue, int defenceDays) {
        return documents.issue(draft(LegalDocumentType.BREACH_ADVANCE_NOTICE, breach, Map.of(
                "facts", breach.description(),
                "basis", basis(breach),
                "tier", PaperText.label(breach.proposedTier()),
                "measures", measures(breach.proposedTier()),
                "defenceDue", DocumentFields.date(defenceDue),
                "defenceDays", Integer.toString(defenceDays))));
    }

    /**
     * The decision: listed or not, why, on what basis, the listing's periods, and the advance notice it follows
     * with whether a statement came.
     */
    LegalDocument issueDetermination(Breach breach) {
        Optional<LegalDocument> notice = issued(breach.id(), LegalDocumentType.BREACH_ADVANCE_NOTICE);
        ListEntry entry = breach.listEntryId() == null ? null : listings.get(breach.listEntryId());
        return documents.issue(draft(LegalDocumentType.BREACH_DETERMINATION, breach, Map.of(
                "noticeDate", DocumentFields.date(notice.map(LegalDocument::issuedAt).orElse(breach.noticeSentAt())),
                "noticeNumber", notice.map(LegalDocument::number)
                        .orElseGet(() -> PaperText.of("paper.breach.noticeWithoutNumber", breach.caseNo())),
                "statementNote", breach.statement() == null ? PaperText.of("paper.breach.noStatement")
                        : PaperText.of("paper.breach.statementReceived", DocumentFields.date(breach.statementAt())),
                "outcome", entry == null ? PaperText.of("paper.breach.outcome.notListed")
                        : PaperText.of("paper.breach.outcome.listed", PaperText.label(entry.tier())),
                "reason", breach.decisionReason(),
                "basis", basis(breach),
                "period", period(entry))));
    }

    /** The case's paper of the type, if issued; for the system steps, which may read every case. */
    Optional<LegalDocument> issued(long breachId, LegalDocumentType type) {
        return documents.ofCase(CaseType.BREACH, breachId).stream().filter(d -> d.type() == type).findFirst();
    }

    private DocumentDraft draft(LegalDocumentType type, Breach breach, Map<String, String> fields) {
        CreditSubject subject = subjects.lookup(breach.subjectId())
                .orElseThrow(() -> new IllegalStateException("breach " + breach.id() + " has no subject"));
        return DocumentDraft.once(type, breach.id(), breach.caseNo(), issuer(breach), subject.id(), subject.name(),
                subject.kind() == SubjectKind.NATURAL_PERSON, fields);
    }

    private long issuer(Breach breach) {
        if (breach.departmentId() != null) {
            return breach.departmentId();
        }
        List<Department> all = departments.all();
        for (String division = breach.divisionCode(); division != null; division = DivisionCodes.parentOf(division)) {
            String code = division;
            Optional<Department> authority = all.stream()
                    .filter(d -> CREDIT_AUTHORITY_LINE.equals(d.lineCode()) && code.equals(d.divisionCode()))
                    .findFirst();
            if (authority.isPresent()) {
                return authority.get().id();
            }
        }
        throw new IllegalStateException("no department can issue the papers of breach " + breach.id());
    }

    private static String basis(Breach breach) {
        return PaperText.of("paper.breach.basis", breach.basisIssuer(), DocumentFields.date(breach.basisDate()),
                PaperText.label(breach.basisType()), breach.basisNumber());
    }

    /** The catalogue's measures for the tier, one per line, each with its area and legal basis. */
    private String measures(BreachTier tier) {
        List<String> items = measures.all().stream().filter(m -> m.appliesTo(ListType.DISHONESTY, tier))
                .map(m -> PaperText.of("paper.breach.measure", m.area(), m.content(), m.legalBasis()))
                .distinct().toList();
        return items.isEmpty() ? PaperText.of("paper.breach.noMeasures", PaperText.label(tier))
                : String.join("\n", items);
    }

    private static String period(ListEntry entry) {
        if (entry == null) {
            return PaperText.of("paper.breach.period.none");
        }
        String basisDate = DocumentFields.date(entry.basisDate());
        String repairable = DocumentFields.date(entry.tier().repairableFrom(entry.basisDate()));
        return entry.publishUntil() == null
                ? PaperText.of("paper.breach.period.notPublished", DocumentFields.date(entry.expiresOn()), basisDate,
                        repairable)
                : PaperText.of("paper.breach.period.published", DocumentFields.date(entry.listedOn()),
                        DocumentFields.date(entry.publishUntil()), DocumentFields.date(entry.expiresOn()), basisDate,
                        repairable);
    }
}
