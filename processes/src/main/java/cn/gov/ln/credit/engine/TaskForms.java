package cn.gov.ln.credit.engine;

import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.shared.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form a task is completed with, read from the deployment the task's process came from (form key
 * {@code camunda-forms:deployment:<resource>}). A deployed resource never changes, so each is parsed once.
 */
@Component
public class TaskForms {

    static final String PREFIX = "camunda-forms:deployment:";

    private final FormService formService;
    private final RepositoryService repository;
    private final Map<String, FormSchema> parsed = new ConcurrentHashMap<>();

    TaskForms(FormService formService, RepositoryService repository) {
        this.formService = formService;
        this.repository = repository;
    }

    public FormSchema of(String taskId) {
        TaskFormData data = formService.getTaskFormData(taskId);
        String key = data.getFormKey();
        if (key == null || !key.startsWith(PREFIX)) {
            throw ValidationException.of("form", "validation.task.formMissing", String.valueOf(key));
        }
        String resource = key.substring(PREFIX.length());
        String deploymentId = data.getDeploymentId();
        return parsed.computeIfAbsent(deploymentId + "/" + resource, k -> load(deploymentId, resource));
    }

    private FormSchema load(String deploymentId, String resource) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
            return FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("form", "validation.task.formMissing", resource);
        }
    }
}
