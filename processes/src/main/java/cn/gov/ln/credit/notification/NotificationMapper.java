package cn.gov.ln.credit.notification;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    void insert(Notification notification);

    List<Notification> findFor(@Param("recipient") String recipient, @Param("limit") int limit);

    long countUnread(@Param("recipient") String recipient);

    int markRead(@Param("id") long id, @Param("recipient") String recipient, @Param("at") Instant at);
}
