package cn.gov.ln.credit.task;

import cn.gov.ln.credit.filing.Decision;
import cn.gov.ln.credit.filing.FilingDocuments;
import cn.gov.ln.credit.filing.FilingRecords;
import cn.gov.ln.credit.filing.ReviewDecision;
import cn.gov.ln.credit.filing.ReviewSteps;
import cn.gov.ln.credit.forms.FormFile;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.pledge.FulfillmentStatus;
import cn.gov.ln.credit.verification.VerificationSteps;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What completing each user task does to the filing before the engine moves on: the officer's review, the
 * decision, the supplied papers, the verification finding. Files from the form are stored as papers of the
 * filing. A task a process admin adds without a step here just passes its form's values to the process.
 */
@Component
class TaskCompletions {

    private final ReviewSteps reviews;
    private final VerificationSteps verification;
    private final FilingRecords records;
    private final FilingDocuments documents;

    TaskCompletions(ReviewSteps reviews, VerificationSteps verification, FilingRecords records,
            FilingDocuments documents) {
        this.reviews = reviews;
        this.verification = verification;
        this.records = records;
        this.documents = documents;
    }

    Map<String, Object> complete(TaskItem task, FormSchema form, Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        Map<String, String> storedFiles = storeFiles(task, form, values);
        values.forEach((key, value) -> {
            if (!(value instanceof List<?>)) {
                variables.put(key, value);
            }
        });
        variables.putAll(storedFiles);
        long filingId = task.filingId();
        switch (task.taskKey()) {
            case "Task_ReviewFiling" -> {
                Date papersDue = reviews.recordReview(filingId, ReviewDecision.valueOf(text(values, "reviewDecision")),
                        text(values, "reason"), text(values, "missingPapers"), number(values, "papersWorkingDays"));
                variables.put("papersDue", papersDue);
            }
            case "Task_DecideFiling" -> {
                Date papersDue = reviews.recordDecision(filingId, Decision.valueOf(text(values, "decision")),
                        text(values, "reason"), text(values, "missingPapers"), number(values, "papersWorkingDays"));
                variables.put("papersDue", papersDue);
            }
            case "Task_SupplyPapers" -> reviews.recordPapersSupplied(filingId, text(values, "note"));
            case "Task_VerifyPledge" -> verification.recordVerification(filingId,
                    FulfillmentStatus.valueOf(text(values, "outcome")), text(values, "findings"),
                    text(values, "action"));
            default -> records.note(filingId, "TASK_COMPLETED", task.name());
        }
        return variables;
    }

    /** Stores each picked file as a paper of the filing, named by its field's label; returns the ids per field. */
    private Map<String, String> storeFiles(TaskItem task, FormSchema form, Map<String, Object> values) {
        Map<String, String> ids = new HashMap<>();
        values.forEach((key, value) -> {
            if (value instanceof List<?> files) {
                List<Long> stored = new ArrayList<>();
                for (Object item : files) {
                    FormFile file = (FormFile) item;
                    stored.add(documents.upload(task.filingId(), paperName(form, key), file.fileName(),
                            file.contentType(), file.content()).id());
                }
                ids.put(key, stored.stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
        });
        return ids;
    }

    private static String paperName(FormSchema form, String key) {
        return form.input(key).map(c -> c.label() == null ? key : c.label()).orElse(key);
    }

    private static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    private static Integer number(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value instanceof Number n ? n.intValue() : null;
    }
}
