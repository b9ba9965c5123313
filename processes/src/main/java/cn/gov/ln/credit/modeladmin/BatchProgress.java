package cn.gov.ln.credit.modeladmin;

import java.util.List;

/** How far a migration batch has come: instances in it, migrated, failed (each failure retryable). */
public record BatchProgress(String batchId, long total, long completed, long failed, boolean finished,
        List<String> failures) {
}
