package cn.gov.ln.credit.legaldocument;

import java.util.Map;

/**
 * What a case asks to be issued: the type, the case, the issuing department, the addressee and the template's
 * fields. {@code occurrence} tells apart papers of one type that a case may have several of (the penalty notice
 * to each department); issuing the same occurrence again returns the paper already issued.
 */
public record DocumentDraft(LegalDocumentType type, long caseId, String caseNo, String occurrence,
        long departmentId, Long subjectId, String recipientName, boolean naturalPerson, Map<String, String> fields) {

    public static final String ONCE = "1";

    public DocumentDraft {
        fields = Map.copyOf(fields);
    }

    public static DocumentDraft once(LegalDocumentType type, long caseId, String caseNo, long departmentId,
            Long subjectId, String recipientName, boolean naturalPerson, Map<String, String> fields) {
        return new DocumentDraft(type, caseId, caseNo, ONCE, departmentId, subjectId, recipientName, naturalPerson,
                fields);
    }
}
