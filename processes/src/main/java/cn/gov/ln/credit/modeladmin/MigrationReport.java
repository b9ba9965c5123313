package cn.gov.ln.credit.modeladmin;

import java.util.List;

/**
 * What migrating from one process version to another would do: each activity mapped to its counterpart, and the
 * problems that stop it (by activity), before anything runs.
 */
public record MigrationReport(String sourceDefinitionId, String targetDefinitionId, List<Mapping> mappings,
        List<Problem> problems, List<String> targetActivities) {

    public boolean valid() {
        return problems.isEmpty();
    }

    public record Mapping(String sourceActivityId, String targetActivityId) {
    }

    /**
     * A problem of one activity: the engine's words, or {@code unmapped:<n>} when n running instances wait at an
     * activity that maps nowhere in the target version.
     */
    public record Problem(String activityId, String message) {

        public boolean unmapped() {
            return message.startsWith("unmapped:");
        }

        public long waiting() {
            return unmapped() ? Long.parseLong(message.substring("unmapped:".length())) : 0;
        }
    }
}
