package cn.gov.ln.credit.webapp.shell;

import cn.gov.ln.credit.notification.NotificationsCommitted;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The bells on screen on this node, by user: once a transaction that left or read notices has committed, each
 * of the users' open bells recounts and is pushed to its browser. A bell counts on a thread of its own, outside
 * the committing thread and its finished transaction. (Several nodes: a user's bells on another node update on
 * their next request.)
 */
@Component
public class BellBroadcaster implements DisposableBean {

    private final Map<String, Set<NotificationBell>> bells = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notification-bells");
        thread.setDaemon(true);
        return thread;
    });

    void register(String username, NotificationBell bell) {
        bells.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(bell);
    }

    void unregister(String username, NotificationBell bell) {
        bells.computeIfPresent(username, (u, set) -> {
            set.remove(bell);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(NotificationsCommitted event) {
        for (String recipient : event.recipients()) {
            for (NotificationBell bell : bells.getOrDefault(recipient, Set.of())) {
                refresher.execute(bell::refresh);
            }
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
