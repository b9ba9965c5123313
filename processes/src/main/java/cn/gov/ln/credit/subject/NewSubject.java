package cn.gov.ln.credit.subject;

import java.time.LocalDate;

/** What an officer enters to register a credit subject. */
public record NewSubject(SubjectKind kind, String name, String identifier, String legalRepresentative,
        String divisionCode, LocalDate registeredOn) {
}
