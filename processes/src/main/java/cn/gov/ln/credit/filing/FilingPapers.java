package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.legaldocument.DocumentDraft;
import cn.gov.ln.credit.legaldocument.DocumentFields;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The papers of a filing, issued by its department in the transaction of the step that decides: acceptance or
 * not, the one-time list of papers to supply, the permit decision, and its revocation after a false pledge.
 */
@Component
public class FilingPapers {

    private final LegalDocuments documents;
    private final SubjectService subjects;
    private final MatterService matters;

    FilingPapers(LegalDocuments documents, SubjectService subjects, MatterService matters) {
        this.documents = documents;
        this.subjects = subjects;
        this.matters = matters;
    }

    LegalDocument accepted(Filing filing) {
        PermitMatter matter = matters.get(filing.matterCode());
        Map<String, String> fields = base(filing, matter);
        fields.put("dueDate", DocumentFields.date(filing.dueOn()));
        // the days that apply on the filing's route, as its due date was counted
        fields.put("statutoryDays", Integer.toString(StatutoryDeadline.workingDays(matter.statutoryDays(),
                filing.route())));
        fields.put("pledgeCode", inLieuPledge(filing));
        return issue(LegalDocumentType.FILING_ACCEPTED, DocumentDraft.ONCE, filing, fields);
    }

    LegalDocument notAccepted(Filing filing, String reason) {
        Map<String, String> fields = base(filing, matters.get(filing.matterCode()));
        fields.put("reason", reason);
        return issue(LegalDocumentType.FILING_NOT_ACCEPTED, DocumentDraft.ONCE, filing, fields);
    }

    /** The list of papers to supply; {@code stage} tells the intake review's list from the decision's. */
    LegalDocument papersRequested(Filing filing, String missingPapers, LocalDate due, String stage) {
        Map<String, String> fields = base(filing, matters.get(filing.matterCode()));
        fields.put("missingPapers", missingPapers.replaceAll("[;；、]\\s*", "\n"));
        fields.put("papersDue", DocumentFields.date(due));
        return issue(LegalDocumentType.PAPERS_REQUESTED, stage, filing, fields);
    }

    LegalDocument decided(Filing filing, Decision decision, String reason) {
        Map<String, String> fields = base(filing, matters.get(filing.matterCode()));
        if (decision == Decision.APPROVE) {
            fields.put("pledgeCode", inLieuPledge(filing));
            fields.put("reason", reason == null ? "" : reason.strip());
            return issue(LegalDocumentType.PERMIT_GRANTED, DocumentDraft.ONCE, filing, fields);
        }
        fields.put("reason", reason);
        return issue(LegalDocumentType.PERMIT_REFUSED, DocumentDraft.ONCE, filing, fields);
    }

    /** The paper that ended the filing (decision or refusal to accept), if one was issued. */
    java.util.Optional<LegalDocument> outcome(Filing filing) {
        java.util.Set<LegalDocumentType> ending = java.util.EnumSet.of(LegalDocumentType.PERMIT_GRANTED,
                LegalDocumentType.PERMIT_REFUSED, LegalDocumentType.FILING_NOT_ACCEPTED);
        return documents.ofCase(cn.gov.ln.credit.legaldocument.CaseType.FILING, filing.id()).stream()
                .filter(d -> ending.contains(d.type())).reduce((first, second) -> second);
    }

    /** The revocation of a permit granted on a pledge found false. */
    public LegalDocument revoked(Filing filing) {
        Map<String, String> fields = base(filing, matters.get(filing.matterCode()));
        fields.put("decidedDate", DocumentFields.date(filing.decidedAt()));
        fields.put("pledgeCode", filing.pledgeCode());
        return issue(LegalDocumentType.PERMIT_REVOKED, DocumentDraft.ONCE, filing, fields);
    }

    private LegalDocument issue(LegalDocumentType type, String occurrence, Filing filing, Map<String, String> fields) {
        CreditSubject subject = subjects.lookup(filing.subjectId())
                .orElseThrow(() -> new NotFoundException("subject", filing.subjectId()));
        return documents.issue(new DocumentDraft(type, filing.id(), filing.filingNo(), occurrence,
                filing.departmentId(), subject.id(), subject.name(), subject.kind() == SubjectKind.NATURAL_PERSON,
                fields));
    }

    private static Map<String, String> base(Filing filing, PermitMatter matter) {
        Map<String, String> fields = new HashMap<>();
        fields.put("receivedDate", DocumentFields.date(filing.receivedAt()));
        fields.put("matterName", matter.name());
        return fields;
    }

    /** The pledge a filing was granted approval in lieu on, or empty: the papers then say so. */
    private static String inLieuPledge(Filing filing) {
        return Boolean.TRUE.equals(filing.inLieuGranted()) ? filing.pledgeCode() : "";
    }
}
