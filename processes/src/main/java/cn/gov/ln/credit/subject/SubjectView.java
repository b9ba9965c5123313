package cn.gov.ln.credit.subject;

import cn.gov.ln.credit.shared.Masking;
import java.time.LocalDate;

/**
 * A subject as screens and API answers show it: a natural person's citizen ID is masked, and so is their
 * legal name where the view is not for officers.
 */
public record SubjectView(
        long id,
        SubjectKind kind,
        String name,
        String identifier,
        boolean identifierMasked,
        IdentifierStatus identifierStatus,
        String legalRepresentative,
        String divisionCode,
        String divisionName,
        LocalDate registeredOn,
        String currentGrade) {

    static SubjectView of(CreditSubject s, String divisionName, boolean revealIdentity) {
        boolean mask = !s.kind().usesUscc() && !revealIdentity;
        return new SubjectView(s.id(), s.kind(), s.name(), mask ? Masking.citizenId(s.citizenId()) : s.identifier(),
                mask, s.identifierStatus(), s.legalRepresentative(), s.divisionCode(), divisionName, s.registeredOn(),
                s.currentGrade());
    }
}
