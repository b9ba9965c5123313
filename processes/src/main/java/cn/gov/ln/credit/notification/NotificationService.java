package cn.gov.ln.credit.notification;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.MessageArgs;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notices to portal users, kept with the business change that caused them (same transaction). */
@Service
public class NotificationService {

    private final NotificationMapper mapper;
    private final AccessGuard guard;
    private final Clock clock;

    NotificationService(NotificationMapper mapper, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.guard = guard;
        this.clock = clock;
    }

    /** Leaves a notice; {@code arguments} as {@link MessageArgs#encode}, message keys marked. */
    @Transactional
    public void notify(String recipient, String messageKey, String link, Object... arguments) {
        if (recipient == null) {
            return;
        }
        mapper.insert(new Notification(0, recipient, messageKey, MessageArgs.encode(arguments), link,
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), null));
    }

    @Transactional(readOnly = true)
    public long unread() {
        return mapper.countUnread(guard.current().username());
    }

    @Transactional(readOnly = true)
    public List<Notification> mine(int limit) {
        Actor actor = guard.current();
        return mapper.findFor(actor.username(), limit);
    }

    @Transactional
    public void markRead(long id) {
        Actor actor = guard.current();
        mapper.markRead(id, actor.username(), Instant.now(clock));
    }
}
