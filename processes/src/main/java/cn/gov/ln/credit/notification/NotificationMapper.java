package cn.gov.ln.credit.notification;

import cn.gov.ln.credit.shared.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    void insert(@Param("n") Notification notification, @Param("generated") GeneratedId generated);

    Notification findById(@Param("id") long id);

    List<Notification> findFor(@Param("recipient") String recipient, @Param("limit") int limit);

    long countUnread(@Param("recipient") String recipient);

    int markRead(@Param("id") long id, @Param("recipient") String recipient, @Param("at") Instant at);

    int markAllRead(@Param("recipient") String recipient, @Param("at") Instant at);

    ContactRow findContact(@Param("username") String username);

    int updateContact(@Param("username") String username, @Param("c") ContactRow contact, @Param("at") Instant at);

    void insertContact(@Param("username") String username, @Param("c") ContactRow contact, @Param("at") Instant at);

    List<PreferenceRow> findPreferences(@Param("username") String username);

    void deletePreferences(@Param("username") String username);

    void insertPreference(@Param("username") String username, @Param("p") PreferenceRow preference);

    void insertDelivery(@Param("d") Delivery delivery);

    List<Long> findDue(@Param("now") Instant now, @Param("limit") int limit);

    int claim(@Param("id") long id, @Param("node") String node, @Param("now") Instant now,
            @Param("until") Instant until);

    Delivery findDelivery(@Param("id") long id);

    List<Delivery> findDeliveries(@Param("notificationId") long notificationId);

    List<Delivery> findOutbox(@Param("limit") int limit);

    List<LinkedDeliveryRow> findByLinks(@Param("links") Collection<String> links);

    int markSent(@Param("id") long id, @Param("node") String node, @Param("attempts") int attempts,
            @Param("at") Instant at);

    int markRetry(@Param("id") long id, @Param("node") String node, @Param("attempts") int attempts,
            @Param("next") Instant next, @Param("error") String error);

    int markFailed(@Param("id") long id, @Param("node") String node, @Param("attempts") int attempts,
            @Param("error") String error);

    record ContactRow(String email, String phone, String locale) {
    }

    /** A notice with a link and one of its outbox rows, if any (a notice seen only in the app has none). */
    record LinkedDeliveryRow(long notificationId, String link, String messageKey, Instant createdAt, Instant readAt,
            NotificationChannel channel, DeliveryStatus status, Integer attempts, Instant sentAt) {
    }

    record PreferenceRow(String eventKind, NotificationChannel channel, boolean enabled) {
    }
}
