package cn.gov.ln.credit.integration.modeladmin;

import java.time.Instant;
import java.util.List;

/** A model draft as the API answers it: whether it may be deployed, and why not. */
record ModelDraftResponse(long id, String resourceName, String kind, String status, String author,
        Instant updatedAt, boolean deployable, List<FindingResponse> findings) {

    record FindingResponse(String element, String attribute, String rule, String message) {
    }
}
