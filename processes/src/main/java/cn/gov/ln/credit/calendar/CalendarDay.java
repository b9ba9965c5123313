package cn.gov.ln.credit.calendar;

import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A day that differs from the Monday-to-Friday rule; {@code source} names the notice it comes from. */
public record CalendarDay(
        @NotNull LocalDate calendarDate,
        @NotNull DayKind kind,
        @NotBlank @Size(max = 32) @CleanText(singleLine = true) String name,
        @Size(max = 64) @CleanText(singleLine = true) String source) {
}
