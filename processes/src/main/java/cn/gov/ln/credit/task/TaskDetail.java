package cn.gov.ln.credit.task;

import cn.gov.ln.credit.forms.FormSchema;
import java.util.List;
import java.util.Map;

/**
 * A task ready to work on: the task, the form to complete it with, the process data the form's read-only
 * fields show, and the posts (roles) it is offered to.
 */
public record TaskDetail(TaskItem item, FormSchema form, Map<String, String> readOnlyValues,
        List<String> candidateRoles) {
}
