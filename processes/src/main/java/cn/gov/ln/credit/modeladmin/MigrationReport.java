package cn.gov.ln.credit.modeladmin;

import java.util.List;

/**
 * What migrating from one process version to another would do: each activity mapped to its counterpart, and the
 * problems that stop it (by activity), before anything runs.
 */
public record MigrationReport(String sourceDefinitionId, String targetDefinitionId, List<Mapping> mappings,
        List<Problem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }

    public record Mapping(String sourceActivityId, String targetActivityId) {
    }

    public record Problem(String activityId, String message) {
    }
}
