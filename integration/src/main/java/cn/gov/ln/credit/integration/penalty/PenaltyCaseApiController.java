package cn.gov.ln.credit.integration.penalty;

import cn.gov.ln.credit.integration.api.ApiPaging;
import cn.gov.ln.credit.penalty.DepartmentResponses;
import cn.gov.ln.credit.penalty.IncomingCase;
import cn.gov.ln.credit.penalty.MeasureService;
import cn.gov.ln.credit.penalty.PenaltyMeasure;
import cn.gov.ln.credit.penalty.PenaltyQuery;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The joint penalty pipeline for member departments' systems: the cases that ask the calling department to act,
 * its response and its feedback. The fields of a response or feedback are those of the department's forms;
 * repeating a call with the same content returns the same part.
 */
@RestController
@Tag(name = "Joint penalty", description = "联合惩戒：成员单位接收案件、响应、反馈")
class PenaltyCaseApiController {

    private final DepartmentResponses responses;
    private final PenaltyCaseQueries cases;
    private final MeasureService measures;

    PenaltyCaseApiController(DepartmentResponses responses, PenaltyCaseQueries cases, MeasureService measures) {
        this.responses = responses;
        this.cases = cases;
        this.measures = measures;
    }

    @GetMapping(path = "/api/v1/penalty-cases", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cases for the calling department", description = "status=open (default): parts not yet "
            + "reported; status=all: every case the department was asked to act in. Newest first.")
    List<PenaltyCaseResponse> list(@RequestParam(defaultValue = "open") String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (!status.equals("open") && !status.equals("all")) {
            throw ValidationException.of("status", "validation.form.notAnOption");
        }
        PageRequest window = ApiPaging.of(page, size);
        Map<String, PenaltyMeasure> catalogue = measures.all().stream()
                .collect(Collectors.toMap(PenaltyMeasure::code, Function.identity()));
        List<IncomingCase> parts = cases.incoming(new PenaltyQuery(status.equals("open"), null, null),
                window);
        return parts.stream().map(c -> PenaltyCaseResponse.of(c, catalogue)).toList();
    }

    @PostMapping(path = "/api/v1/penalty-cases/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Respond to a case", description = "{\"outcome\": \"APPLIED\" | \"NOT_APPLIED\", "
            + "\"appliedMeasures\": \"...\" (when applied), \"note\": \"...\" (when not)}")
    PenaltyCaseResponse respond(@PathVariable long id, @RequestBody Map<String, Object> body) {
        responses.respond(id, body);
        return current(id);
    }

    @PostMapping(path = "/api/v1/penalty-cases/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report feedback on a case", description = "{\"result\": \"...\", \"timesApplied\": 3}")
    PenaltyCaseResponse feedback(@PathVariable long id, @RequestBody Map<String, Object> body) {
        responses.reportFeedback(id, body);
        return current(id);
    }

    private PenaltyCaseResponse current(long caseId) {
        Map<String, PenaltyMeasure> catalogue = measures.all().stream()
                .collect(Collectors.toMap(PenaltyMeasure::code, Function.identity()));
        return PenaltyCaseResponse.of(cases.incomingCase(caseId), catalogue);
    }
}
