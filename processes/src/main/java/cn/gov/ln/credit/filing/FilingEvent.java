package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.shared.MessageArgs;
import java.time.Instant;
import java.util.List;

/**
 * One step of a filing's timeline: what happened, who did it, when. The screen shows it as the message
 * {@code filing.event.<type>} formatted with its arguments.
 */
public record FilingEvent(long id, long filingId, String eventType, String args, String actor, Instant occurredAt) {

    public List<String> arguments() {
        return MessageArgs.decode(args);
    }
}
