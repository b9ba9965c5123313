package cn.gov.ln.credit.supervision;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Why the case is supervised and by when the late work is to be done. */
public record NewSupervisionMark(
        @NotBlank @Size(max = 500) @CleanText String reason,
        @NotNull LocalDate dueOn) {
}
