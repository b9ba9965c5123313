package cn.gov.ln.credit.integration.inspection;

import cn.gov.ln.credit.integration.api.ApiPaging;
import cn.gov.ln.credit.inspection.InspectionResult;
import cn.gov.ln.credit.inspection.InspectionTasks;
import cn.gov.ln.credit.inspection.ResultRecord;
import cn.gov.ln.credit.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Random inspections (双随机) for departments' systems: the calling department's drawn tasks and their results.
 * Recording the same result again answers with the task as it stands; a task of another department is not found.
 */
@RestController
@Tag(name = "Random inspections", description = "双随机抽查：本部门的检查任务及其结果")
class InspectionTaskApiController {

    private final InspectionTasks tasks;

    InspectionTaskApiController(InspectionTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping(path = "/api/v1/inspection-tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Inspection tasks of the calling department", description = "status=open (default): "
            + "results not yet recorded; status=all: every drawn task. By due date.")
    List<InspectionTaskResponse> list(@RequestParam(defaultValue = "open") String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (!status.equals("open") && !status.equals("all")) {
            throw ValidationException.of("status", "validation.form.notAnOption");
        }
        return tasks.tasks(status.equals("open"), ApiPaging.of(page, size)).stream()
                .map(InspectionTaskResponse::of).toList();
    }

    @PostMapping(path = "/api/v1/inspection-tasks/{id}/result", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an inspection's result", description = "{\"result\": \"NO_PROBLEM\" | "
            + "\"PROBLEMS_CORRECTED\" | \"BREACH\", \"findings\": \"...\", \"inspectedOn\": \"2026-12-01\"}; "
            + "the result is published on the public portal; a BREACH is raised for determination")
    InspectionTaskResponse record(@PathVariable long id, @RequestBody InspectionResultRequest request) {
        InspectionResult result = null;
        if (request.result() != null && !request.result().isBlank()) {
            try {
                result = InspectionResult.valueOf(request.result().strip());
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("result", "validation.form.notAnOption");
            }
        }
        return InspectionTaskResponse.of(tasks.recordResult(id, new ResultRecord(result, request.findings(),
                request.inspectedOn())));
    }
}
