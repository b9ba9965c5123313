package cn.gov.ln.credit.integration.inspection;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

record InspectionResultRequest(
        @Schema(description = "NO_PROBLEM, PROBLEMS_CORRECTED or BREACH") String result,
        @Schema(description = "What the inspectors found; required unless NO_PROBLEM") String findings,
        @Schema(description = "The day of the inspection") LocalDate inspectedOn) {
}
