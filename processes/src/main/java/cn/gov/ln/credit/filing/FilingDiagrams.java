package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.caching.CacheNames;
import cn.gov.ln.credit.caching.Caches;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BPMN diagrams of a filing's processes (the filing itself, then the verification of its pledge) with the
 * activities it waits in and those it has passed, from the engine's history. Only for those who may read the
 * filing. Deployed models never change, so each is kept in the {@code processModels} cache.
 */
@Service
public class FilingDiagrams {

    private final FilingQueries filings;
    private final HistoryService history;
    private final RepositoryService repository;
    private final Cache models;

    FilingDiagrams(FilingQueries filings, HistoryService history, RepositoryService repository, CacheManager caches) {
        this.filings = filings;
        this.history = history;
        this.repository = repository;
        this.models = Caches.named(caches, CacheNames.PROCESS_MODELS);
    }

    @Transactional(readOnly = true)
    public List<ProcessDiagram> of(long filingId) {
        Filing filing = filings.get(filingId);
        List<ProcessDiagram> diagrams = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(filing.filingNo()).orderByProcessInstanceStartTime().asc().list()) {
            List<String> active = new ArrayList<>();
            List<String> passed = new ArrayList<>();
            for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list()) {
                (activity.getEndTime() == null ? active : passed).add(activity.getActivityId());
            }
            diagrams.add(new ProcessDiagram(instance.getId(), instance.getProcessDefinitionKey(),
                    instance.getProcessDefinitionName(),
                    model(instance.getProcessDefinitionId()), active, passed, instance.getEndTime() != null));
        }
        return diagrams;
    }

    private String model(String processDefinitionId) {
        return Caches.get(models, processDefinitionId, () -> {
            try (InputStream in = repository.getProcessModel(processDefinitionId)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
