package cn.gov.ln.credit.notification;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Masking;
import cn.gov.ln.credit.shared.MessageArgs;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices to portal users, kept with the business change that caused them (same transaction): the bell's row,
 * and an outbox row per further channel the recipient gets ({@link ChannelRules}), which the
 * {@link DeliveryDispatcher} sends once the transaction has committed.
 */
@Service
public class NotificationService {

    private final NotificationMapper mapper;
    private final NotificationSettings settings;
    private final AccessGuard guard;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Set<NotificationChannel> available;

    NotificationService(NotificationMapper mapper, NotificationSettings settings, AccessGuard guard, Clock clock,
            ApplicationEventPublisher events, ObjectProvider<ChannelSender> senders) {
        this.mapper = mapper;
        this.settings = settings;
        this.guard = guard;
        this.clock = clock;
        this.events = events;
        this.available = EnumSet.noneOf(NotificationChannel.class);
        senders.forEach(s -> available.add(s.channel()));
    }

    /** Leaves a notice; {@code arguments} as {@link MessageArgs#encode}, message keys marked. */
    @Transactional
    public void notify(String recipient, String messageKey, String link, Object... arguments) {
        if (recipient == null) {
            return;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        GeneratedId id = new GeneratedId();
        mapper.insert(new Notification(0, recipient, messageKey, MessageArgs.encode(arguments), link, now, null), id);
        if (available.isEmpty()) {
            // no e-mail or SMS is configured: the bell is all, and the recipient's settings need not be read
            events.publishEvent(new NotificationsCommitted(Set.of(recipient), false));
            return;
        }
        ContactDetails contact = settings.contactOf(recipient);
        Map<NotificationChannel, Boolean> chosen = settings.choicesOf(recipient)
                .getOrDefault(ChannelRules.kindOf(messageKey),
                new EnumMap<>(NotificationChannel.class));
        boolean queued = false;
        for (NotificationChannel channel : ChannelRules.channels(messageKey, chosen, contact)) {
            if (channel != NotificationChannel.IN_APP && available.contains(channel)) {
                mapper.insertDelivery(new Delivery(0, id.value(), channel, contact.address(channel),
                        DeliveryStatus.PENDING, 0, now, null, null, now));
                queued = true;
            }
        }
        events.publishEvent(new NotificationsCommitted(Set.of(recipient), queued));
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
        if (mapper.markRead(id, actor.username(), Instant.now(clock)) > 0) {
            events.publishEvent(new NotificationsCommitted(Set.of(actor.username()), false));
        }
    }

    /** 全部已读: every unread notice of the caller; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        Actor actor = guard.current();
        int read = mapper.markAllRead(actor.username(), Instant.now(clock));
        if (read > 0) {
            events.publishEvent(new NotificationsCommitted(Set.of(actor.username()), false));
        }
        return read;
    }

    /**
     * The newest deliveries of the outbox, for those who read the audit trail: status, attempts, last error; the
     * addresses masked.
     */
    @Transactional(readOnly = true)
    public List<OutboxEntry> outbox(int limit) {
        guard.require(Permissions.AUDIT_READ);
        return mapper.findOutbox(limit).stream().map(d -> {
            Notification notice = mapper.findById(d.notificationId());
            String masked = d.channel() == NotificationChannel.SMS ? Masking.phone(d.address())
                    : Masking.email(d.address());
            return new OutboxEntry(d.id(), notice.recipient(), notice.messageKey(), d.channel(), masked, d.status(),
                    d.attempts(), d.nextAttemptAt(), d.lastError(), d.sentAt(), d.createdAt());
        }).toList();
    }

    /**
     * How the notices that link to these records reached their addressees, by link: the app first, then each outbox
     * row. The caller has checked the reader may read what the links point at; no address leaves this method.
     */
    @Transactional(readOnly = true)
    public Map<String, List<NoticeDelivery>> deliveriesFor(Collection<String> links) {
        Map<String, List<NoticeDelivery>> byLink = new LinkedHashMap<>();
        if (links.isEmpty()) {
            return byLink;
        }
        long previous = -1;
        for (NotificationMapper.LinkedDeliveryRow row : mapper.findByLinks(links)) {
            List<NoticeDelivery> shown = byLink.computeIfAbsent(row.link(), l -> new ArrayList<>());
            if (row.notificationId() != previous) {
                shown.add(new NoticeDelivery(row.link(), row.messageKey(), NotificationChannel.IN_APP,
                        DeliveryStatus.SENT, 1, row.createdAt(), row.readAt()));
                previous = row.notificationId();
            }
            if (row.channel() != null) {
                shown.add(new NoticeDelivery(row.link(), row.messageKey(), row.channel(), row.status(),
                        row.attempts() == null ? 0 : row.attempts(), row.sentAt(), null));
            }
        }
        return byLink;
    }

    /** The channels a notice can go out on in this installation: the bell, and those with a sender. */
    public Set<NotificationChannel> availableChannels() {
        EnumSet<NotificationChannel> channels = EnumSet.of(NotificationChannel.IN_APP);
        channels.addAll(available);
        return channels;
    }
}
