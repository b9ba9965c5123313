package cn.gov.ln.credit.integration.incentive;

import cn.gov.ln.credit.incentive.IncentiveMeasure;
import cn.gov.ln.credit.incentive.IncentiveQueries;
import cn.gov.ln.credit.incentive.IncentiveResponses;
import cn.gov.ln.credit.incentive.IncentiveService;
import cn.gov.ln.credit.integration.api.ApiPaging;
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
 * The joint incentive pipeline for member departments' systems: the cases that ask the calling department to apply
 * incentive measures to a red-listed subject, its response and its feedback, in the shapes of the penalty API;
 * repeating a call with the same content returns the same part.
 */
@RestController
@Tag(name = "Joint incentive", description = "守信联合激励：成员单位接收案件、响应、反馈")
class IncentiveCaseApiController {

    private final IncentiveResponses responses;
    private final IncentiveQueries cases;
    private final IncentiveService incentives;

    IncentiveCaseApiController(IncentiveResponses responses, IncentiveQueries cases, IncentiveService incentives) {
        this.responses = responses;
        this.cases = cases;
        this.incentives = incentives;
    }

    @GetMapping(path = "/api/v1/incentive-cases", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Incentive cases for the calling department", description = "status=open (default): parts "
            + "not yet reported; status=all: every case the department was asked to act in. Newest first.")
    List<IncentiveCaseResponse> list(@RequestParam(defaultValue = "open") String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (!status.equals("open") && !status.equals("all")) {
            throw ValidationException.of("status", "validation.form.notAnOption");
        }
        Map<String, IncentiveMeasure> catalogue = catalogue();
        return cases.incoming(status.equals("open"), ApiPaging.of(page, size)).stream()
                .map(c -> IncentiveCaseResponse.of(c, catalogue)).toList();
    }

    @PostMapping(path = "/api/v1/incentive-cases/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Respond to an incentive case", description = "{\"outcome\": \"APPLIED\" | "
            + "\"NOT_APPLIED\", \"appliedMeasures\": \"...\" (when applied), \"note\": \"...\" (when not)}")
    IncentiveCaseResponse respond(@PathVariable long id, @RequestBody Map<String, Object> body) {
        responses.respond(id, body);
        return current(id);
    }

    @PostMapping(path = "/api/v1/incentive-cases/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report feedback on an incentive case",
            description = "{\"result\": \"...\", \"timesApplied\": 3}")
    IncentiveCaseResponse feedback(@PathVariable long id, @RequestBody Map<String, Object> body) {
        responses.reportFeedback(id, body);
        return current(id);
    }

    private IncentiveCaseResponse current(long caseId) {
        return IncentiveCaseResponse.of(cases.incoming(caseId), catalogue());
    }

    private Map<String, IncentiveMeasure> catalogue() {
        return incentives.measures().stream().collect(Collectors.toMap(IncentiveMeasure::code, Function.identity()));
    }
}
