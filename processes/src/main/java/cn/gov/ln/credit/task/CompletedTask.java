package cn.gov.ln.credit.task;

import java.time.Instant;

/**
 * A task an officer completed, from the engine's history, with the filing it belonged to (null fields when it
 * belonged to no filing).
 */
public record CompletedTask(String taskId, String name, Instant completedAt, Long filingId, String filingNo,
        String matterCode, String subjectName) {
}
