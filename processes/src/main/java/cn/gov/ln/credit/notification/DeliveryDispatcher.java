package cn.gov.ln.credit.notification;

import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.shared.Masking;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the outbox: right after a transaction that queued deliveries commits (on its own thread, so the officer
 * does not wait for a mail server), and in a sweep every few seconds for retries and for what a stopped node
 * left. Several nodes may sweep at once: a node sends a row only after its conditional update claimed it, as the
 * engine's job executor acquires jobs; a claim lapses after {@code lock-for} should the node die. A message is
 * sent at least once: a node that dies between sending and recording sends again once its claim lapses, with the
 * same delivery id for the receiver to recognise it.
 */
@Component
public class DeliveryDispatcher implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int ERROR_LENGTH = 500;

    private final NotificationMapper mapper;
    private final NotificationSettings settings;
    private final NotificationTexts texts;
    private final Map<NotificationChannel, ChannelSender> senders = new EnumMap<>(NotificationChannel.class);
    private final ObjectProvider<DeliveryTimeline> timeline;
    private final SystemRunner system;
    private final Clock clock;
    private final DispatchProperties properties;
    private final String node = nodeName();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notification-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean kicked = new AtomicBoolean();

    DeliveryDispatcher(NotificationMapper mapper, NotificationSettings settings, NotificationTexts texts,
            ObjectProvider<ChannelSender> senders, ObjectProvider<DeliveryTimeline> timeline, SystemRunner system,
            Clock clock, DispatchProperties properties) {
        this.mapper = mapper;
        this.settings = settings;
        this.texts = texts;
        senders.orderedStream().forEach(s -> this.senders.put(s.channel(), s));
        this.timeline = timeline;
        this.system = system;
        this.clock = clock;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(NotificationsCommitted event) {
        if (event.deliveriesQueued() && properties.enabled() && kicked.compareAndSet(false, true)) {
            worker.execute(() -> {
                kicked.set(false);
                sweep();
            });
        }
    }

    @Scheduled(fixedDelayString = "${credit.notify.dispatch.every:15s}",
            initialDelayString = "${credit.notify.dispatch.every:15s}")
    void sweep() {
        if (!properties.enabled()) {
            return;
        }
        try {
            while (dispatchDue(Instant.now(clock)) >= properties.batch()) {
                LOG.debug("A full batch sent; sweeping on");
            }
        } catch (RuntimeException e) {
            LOG.warn("Notification dispatch failed; the next sweep tries again", e);
        }
    }

    /** Sends every delivery due at {@code now} that this node can claim; returns how many it worked. */
    public int dispatchDue(Instant now) {
        int worked = 0;
        List<Long> due = mapper.findDue(now, properties.batch());
        for (long id : due) {
            if (dispatch(id, now)) {
                worked++;
            }
        }
        return worked;
    }

    private boolean dispatch(long id, Instant now) {
        if (mapper.claim(id, node, now, now.plus(properties.lockFor())) != 1) {
            return false;
        }
        Delivery delivery = mapper.findDelivery(id);
        Notification notice = mapper.findById(delivery.notificationId());
        int attempts = delivery.attempts() + 1;
        DeliveryStatus outcome;
        try {
            ChannelSender sender = senders.get(delivery.channel());
            if (sender == null) {
                throw new DeliveryFailedException(delivery.channel() + " is not configured", true, null);
            }
            sender.send(texts.message(delivery, notice, settings.contactOf(notice.recipient()).locale()));
            mapper.markSent(id, node, attempts, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
            outcome = DeliveryStatus.SENT;
        } catch (RuntimeException e) {
            String error = describe(e).replace(delivery.address(), masked(delivery));
            boolean permanent = e instanceof DeliveryFailedException failed && failed.permanent();
            if (permanent || attempts >= properties.maxAttempts()) {
                mapper.markFailed(id, node, attempts, error);
                outcome = DeliveryStatus.FAILED;
            } else {
                mapper.markRetry(id, node, attempts, now.plus(properties.backOff(attempts)), error);
                outcome = DeliveryStatus.PENDING;
            }
            LOG.info("Delivery {} on {} failed (attempt {}): {}", id, delivery.channel(), attempts, error);
        }
        record(notice, delivery.channel(), outcome, attempts);
        return true;
    }

    private void record(Notification notice, NotificationChannel channel, DeliveryStatus outcome, int attempts) {
        DeliveryTimeline cases = timeline.getIfAvailable();
        if (cases == null || notice.link() == null) {
            return;
        }
        try {
            system.run(() -> {
                Long filingId = cases.filingOf(notice.link());
                if (filingId != null) {
                    cases.record(filingId, channel, outcome, attempts);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not write delivery of notice {} on its case's timeline", notice.id(), e);
        }
    }

    /** The address as an error message may quote it, masked: errors are logged and shown on the outbox screen. */
    private static String masked(Delivery delivery) {
        return delivery.channel() == NotificationChannel.SMS ? Masking.phone(delivery.address())
                : Masking.email(delivery.address());
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 64 ? name.substring(name.length() - 64) : name;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
