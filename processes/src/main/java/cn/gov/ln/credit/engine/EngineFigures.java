package cn.gov.ln.credit.engine;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** How the engine stands, for those who operate it: deployed processes, running instances, incidents, jobs. */
@Service
public class EngineFigures {

    /** The figures of one moment. */
    public record Figures(long definitions, long instances, long incidents, long jobs) {
    }

    private final AccessGuard guard;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;

    EngineFigures(AccessGuard guard, RepositoryService repository, RuntimeService runtime,
            ManagementService management) {
        this.guard = guard;
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
    }

    /** The figures, for whoever may open the engine's own webapps (they show the same there). */
    public Figures now() {
        guard.require(Permissions.CAMUNDA_WEBAPP);
        return new Figures(repository.createProcessDefinitionQuery().latestVersion().count(),
                runtime.createProcessInstanceQuery().count(), runtime.createIncidentQuery().count(),
                management.createJobQuery().count());
    }
}
