package cn.gov.ln.credit.modeladmin;

import java.time.Instant;
import java.util.List;

/** A model of the product as the library lists it: the running version, its earlier versions, an open draft. */
public record ModelEntry(String resourceName, ModelKind kind, String key, List<Version> versions, Long openDraftId) {

    /** One deployed version: for processes and decisions the engine's definition, for forms the deployment. */
    public record Version(int version, String definitionId, String deploymentId, Instant deployedAt, long running) {
    }
}
