package cn.gov.ln.credit.subject;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an officer enters to register a credit subject. */
public record NewSubject(
        @NotNull SubjectKind kind,
        @NotBlank @Size(max = SubjectService.MAX_NAME) @CleanText(singleLine = true) String name,
        String identifier,
        @Size(max = 64) @CleanText(singleLine = true) String legalRepresentative,
        String divisionCode,
        LocalDate registeredOn) {
}
