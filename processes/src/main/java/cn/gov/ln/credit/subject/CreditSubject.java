package cn.gov.ln.credit.subject;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code credit_subject}: the unmasked record, for services only. Screens get a {@link SubjectView}. */
public record CreditSubject(
        long id,
        SubjectKind kind,
        String name,
        String uscc,
        String citizenId,
        IdentifierStatus identifierStatus,
        String legalRepresentative,
        String divisionCode,
        LocalDate registeredOn,
        String currentGrade,
        Instant createdAt) {

    public String identifier() {
        return kind.usesUscc() ? uscc : citizenId;
    }
}
