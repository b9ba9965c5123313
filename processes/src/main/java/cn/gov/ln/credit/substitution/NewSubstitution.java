package cn.gov.ln.credit.substitution;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Names {@code substitute} to act for {@code absent} during the period. */
public record NewSubstitution(
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String absent,
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String substitute,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt) {
}
