package cn.gov.ln.credit.creditreport;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.Text;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import org.springframework.stereotype.Component;

/**
 * Who may have which subject's credit report, decided before anything about the subject is read. An applicant
 * gets their own subject's only. An officer with {@code report:issue} gets any organisation's in the province (a
 * report states what the whole platform holds, and a filing in one city may come from a subject of another, so
 * the officer's division does not narrow it; the exact identifier is needed, and every report is recorded with who
 * asked and why), and a natural person's only with the legal reason. A department system gets organisations'
 * reports only, never a natural person's.
 */
@Component
class ReportAccess {

    static final int MAX_REASON = 500;

    private final SubjectService subjects;
    private final AccessGuard guard;

    ReportAccess(SubjectService subjects, AccessGuard guard) {
        this.subjects = subjects;
        this.guard = guard;
    }

    /** Who asks for which subject's report, and why (null when no reason was given). */
    record Request(Actor requester, CreditSubject subject, String reason) {

        boolean naturalPerson() {
            return !subject.kind().usesUscc();
        }
    }

    Request decide(String identifier, String reason) {
        Actor actor = guard.current();
        return switch (actor.kind()) {
            case APPLICANT -> own(guard.require(Permissions.REPORT_OWN), identifier, reason(reason));
            case API_CLIENT -> forDepartmentSystem(guard.require(Permissions.REPORT_ISSUE), identifier,
                    reason(reason));
            case STAFF, SYSTEM -> forOfficer(guard.require(Permissions.REPORT_ISSUE), identifier, reason(reason));
        };
    }

    /** The identifier of the signed-in applicant's own subject, whose report they may have. */
    String ownIdentifier() {
        Actor actor = guard.require(Permissions.REPORT_OWN);
        CreditSubject own = actor.subjectId() == null ? null : subjects.lookup(actor.subjectId()).orElse(null);
        if (own == null) {
            throw new AccessDeniedException(Permissions.REPORT_OWN);
        }
        return own.identifier();
    }

    private Request own(Actor actor, String identifier, String reason) {
        CreditSubject own = actor.subjectId() == null ? null : subjects.lookup(actor.subjectId()).orElse(null);
        // Compared with the own identifier, nothing looked up: the answer tells nothing about other identifiers.
        if (own == null || !own.identifier().equals(identifier)) {
            throw new AccessDeniedException(Permissions.REPORT_OWN);
        }
        return new Request(actor, own, reason);
    }

    private Request forDepartmentSystem(Actor actor, String identifier, String reason) {
        Request request = new Request(actor, subject(identifier), reason);
        if (request.naturalPerson()) {
            throw new AccessDeniedException(Permissions.REPORT_ISSUE);
        }
        return request;
    }

    private Request forOfficer(Actor actor, String identifier, String reason) {
        Request request = new Request(actor, subject(identifier), reason);
        if (request.naturalPerson() && reason == null) {
            throw ValidationException.of("reason", "validation.creditReport.legalReason");
        }
        return request;
    }

    private CreditSubject subject(String identifier) {
        return subjects.lookupByIdentifier(identifier).orElseThrow(() -> subjects.unknown("identifier", identifier));
    }

    /** The reason as recorded: stripped, null when blank, refused when it is not clean text or too long. */
    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String why = reason.strip();
        Text.problem(why).ifPresent(key -> {
            throw ValidationException.of("reason", key);
        });
        if (why.length() > MAX_REASON) {
            throw ValidationException.of("reason", "validation.tooLong", MAX_REASON);
        }
        return why;
    }
}
