package cn.gov.ln.credit.engine;

import cn.gov.ln.credit.caching.CacheNames;
import cn.gov.ln.credit.caching.Caches;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.shared.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.TaskFormData;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
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
    private final Cache parsed;

    TaskForms(FormService formService, RepositoryService repository, CacheManager caches) {
        this.formService = formService;
        this.repository = repository;
        this.parsed = Caches.named(caches, CacheNames.TASK_FORMS);
    }

    public FormSchema of(String taskId) {
        TaskFormData data = formService.getTaskFormData(taskId);
        String key = data.getFormKey();
        if (key == null || !key.startsWith(PREFIX)) {
            throw ValidationException.of("form", "validation.task.formMissing", String.valueOf(key));
        }
        String resource = key.substring(PREFIX.length());
        String deploymentId = data.getDeploymentId();
        return Caches.get(parsed, deploymentId + "/" + resource, () -> load(deploymentId, resource));
    }

    private FormSchema load(String deploymentId, String resource) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
            return FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("form", "validation.task.formMissing", resource);
        }
    }
}
