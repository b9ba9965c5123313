package cn.gov.ln.credit.modeladmin;

import java.time.Instant;

/** A draft of one model resource, from its first edit to its review and deployment. */
public record ModelDraft(long id, String resourceName, ModelKind kind, String baseDeploymentId, String content,
        DraftStatus status, String author, Instant createdAt, Instant updatedAt, Instant submittedAt, String reviewer,
        Instant reviewedAt, String reviewComment, String deploymentId, String processInstanceId) {

    public enum DraftStatus {
        EDITING,
        SUBMITTED,
        DEPLOYED,
        REJECTED,
        DISCARDED
    }
}
