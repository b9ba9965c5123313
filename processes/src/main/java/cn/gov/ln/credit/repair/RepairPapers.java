package cn.gov.ln.credit.repair;

import cn.gov.ln.credit.legaldocument.DocumentDraft;
import cn.gov.ln.credit.legaldocument.DocumentFields;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectService;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The decision on a repair application (信用修复决定书, or 不予信用修复决定书), addressed to its subject and issued by the
 * department whose listing it repairs: the department that determined and listed the breach answers for lifting it,
 * as the department of a record answers an objection to it. Issuing again returns the decision already issued.
 */
@Component
class RepairPapers {

    private final LegalDocuments documents;
    private final SubjectService subjects;
    private final ListingService listings;

    RepairPapers(LegalDocuments documents, SubjectService subjects, ListingService listings) {
        this.documents = documents;
        this.subjects = subjects;
        this.listings = listings;
    }

    LegalDocument decision(RepairApplication application) {
        LegalDocumentType type = switch (application.status()) {
            case GRANTED -> LegalDocumentType.REPAIR_GRANTED;
            case REFUSED -> LegalDocumentType.REPAIR_REFUSED;
            case PENDING -> throw new IllegalStateException("repair " + application.repairNo() + " is pending");
        };
        CreditSubject subject = subjects.lookup(application.subjectId()).orElseThrow();
        ListEntry entry = listings.get(application.listEntryId());
        Map<String, String> fields = Map.of(
                "appliedDate", DocumentFields.date(application.submittedAt()),
                "listingSummary", entry.reason() + "，认定依据：" + entry.basisNumber(),
                "reason", DocumentFields.orNone(application.decisionReason()));
        return documents.issue(DocumentDraft.once(type, application.id(), application.repairNo(),
                entry.departmentId(), subject.id(), subject.name(), subject.kind() == SubjectKind.NATURAL_PERSON,
                fields));
    }
}
