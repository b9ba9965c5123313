package cn.gov.ln.credit.task;

import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Claiming, releasing or reassigning several tasks at once. Each task goes through {@link FilingTaskService} as if
 * it were the only one, under the same rules and in a transaction of its own: one task refused does not undo the
 * others, and the caller hears for each task what happened and why. No transaction here, on purpose.
 */
@Service
public class BulkTaskWork {

    /** The outcome for one task: done, or refused with the reason's message key and arguments. */
    public record Outcome(String taskId, boolean done, String messageKey, List<Object> arguments) {

        static Outcome done(String taskId) {
            return new Outcome(taskId, true, null, List.of());
        }

        static Outcome refused(String taskId, BusinessException e) {
            if (e instanceof ValidationException v && !v.violations().isEmpty()) {
                return new Outcome(taskId, false, v.violations().get(0).messageKey(),
                        v.violations().get(0).arguments());
            }
            return new Outcome(taskId, false, e.messageKey(), Arrays.asList(e.arguments()));
        }
    }

    private final FilingTaskService tasks;

    BulkTaskWork(FilingTaskService tasks) {
        this.tasks = tasks;
    }

    public List<Outcome> claim(List<String> taskIds) {
        return each(taskIds, tasks::claim);
    }

    public List<Outcome> release(List<String> taskIds) {
        return each(taskIds, tasks::release);
    }

    public List<Outcome> reassign(List<String> taskIds, String username) {
        return each(taskIds, id -> tasks.reassign(id, username));
    }

    private static List<Outcome> each(List<String> taskIds, Consumer<String> action) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String taskId : taskIds) {
            try {
                action.accept(taskId);
                outcomes.add(Outcome.done(taskId));
            } catch (BusinessException e) {
                outcomes.add(Outcome.refused(taskId, e));
            }
        }
        return outcomes;
    }
}
