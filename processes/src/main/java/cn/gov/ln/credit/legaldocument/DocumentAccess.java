package cn.gov.ln.credit.legaldocument;

import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.NotFoundException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who may read a paper: the subject it is addressed to (an account of that subject), whoever may read its case,
 * by the case's own check, and whoever the case lets read that one paper (a credit report's requester). Anyone
 * else is told it does not exist.
 */
@Component
class DocumentAccess {

    private final Map<CaseType, CaseReader> readers = new EnumMap<>(CaseType.class);

    DocumentAccess(List<CaseReader> readers) {
        readers.forEach(reader -> this.readers.put(reader.caseType(), reader));
    }

    boolean addressedTo(Actor actor, LegalDocument document) {
        return document.type().addressedToSubject() && actor.subjectId() != null
                && actor.subjectId().equals(document.subjectId());
    }

    void requireReadable(Actor actor, LegalDocument document) {
        if (actor.isSystem() || addressedTo(actor, document)) {
            return;
        }
        boolean byCase = readable(document.caseType(), document.caseId())
                && readers.get(document.caseType()).mayRead(document);
        if (actor.subjectId() != null || !byCase && !paperReadable(document)) {
            throw new NotFoundException("document", document.id());
        }
    }

    /**
     * The case's papers the actor may read: all of them for the case's readers, the addressed ones for its subject,
     * and the ones the case lets the actor read one by one.
     */
    List<LegalDocument> filter(Actor actor, CaseType caseType, long caseId, List<LegalDocument> documents) {
        if (actor.isSystem()) {
            return documents;
        }
        if (actor.subjectId() != null) {
            return documents.stream().filter(d -> addressedTo(actor, d)).toList();
        }
        return readable(caseType, caseId) ? documents.stream().filter(readers.get(caseType)::mayRead).toList()
                : documents.stream().filter(this::paperReadable).toList();
    }

    private boolean paperReadable(LegalDocument document) {
        CaseReader reader = readers.get(document.caseType());
        return reader != null && reader.mayReadPaper(document);
    }

    private boolean readable(CaseType caseType, long caseId) {
        CaseReader reader = readers.get(caseType);
        if (reader == null) {
            return false;
        }
        try {
            reader.requireReadable(caseId);
            return true;
        } catch (RuntimeException refused) {
            if (refused instanceof NotFoundException
                    || refused instanceof cn.gov.ln.credit.shared.AccessDeniedException) {
                return false;
            }
            throw refused;
        }
    }
}
