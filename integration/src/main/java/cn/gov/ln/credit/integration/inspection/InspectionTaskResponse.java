package cn.gov.ln.credit.integration.inspection;

import cn.gov.ln.credit.inspection.InspectionTask;
import cn.gov.ln.credit.inspection.TaskView;
import java.time.LocalDate;
import java.util.List;

/** A drawn inspection task as a department's system sees it. */
record InspectionTaskResponse(long id, String planNo, String planTitle, String subjectName, String uscc,
        LocalDate dueOn, String status, String result, String findings, LocalDate inspectedOn,
        LocalDate publishDueOn, boolean published, List<String> inspectors) {

    static InspectionTaskResponse of(TaskView view) {
        InspectionTask t = view.task();
        return new InspectionTaskResponse(t.id(), view.planNo(), view.planTitle(), view.subjectName(),
                view.subjectIdentifier(), t.dueOn(), t.status(), t.result() == null ? null : t.result().name(),
                t.findings(), t.inspectedOn(), t.publishDueOn(), t.publishedAt() != null, view.inspectors());
    }
}
