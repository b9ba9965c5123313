package cn.gov.ln.credit.task;

import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.filing.FilingStatus;
import java.time.Instant;

/** One open task of a filing, as the task list shows it. */
public record TaskItem(String taskId, String name, String taskKey, String assignee, Instant createdAt, Instant dueAt,
        String processDefinitionId, long filingId, String filingNo, String matterCode, FilingRoute route,
        FilingStatus status, long departmentId, String divisionCode, String subjectName) {

    public boolean isOverdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }

    public String processKey() {
        return processDefinitionId.split(":")[0];
    }
}
