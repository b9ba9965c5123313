package cn.gov.ln.credit.account;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Sort;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AccountMapper {

    UserAccount findByUsername(@Param("username") String username);

    UserAccount findById(@Param("id") long id);

    List<String> findRoles(@Param("userId") long userId);

    List<String> findPermissions(@Param("userId") long userId);

    List<String> findAllRoles();

    List<UserAccount> findWithRole(@Param("role") String role);

    List<UserAccount> findOfSubject(@Param("subjectId") long subjectId);

    List<NameRow> findNames(@Param("usernames") Collection<String> usernames);

    List<UserAccount> findInDepartmentWithRole(@Param("departmentId") long departmentId, @Param("role") String role);

    void insert(@Param("user") UserAccount user, @Param("generated") GeneratedId generated);

    void insertRole(@Param("userId") long userId, @Param("role") String role);

    void deleteRoles(@Param("userId") long userId);

    int incrementFailedAttempts(@Param("id") long id);

    int lockIfTooManyFailures(@Param("id") long id, @Param("maxAttempts") int maxAttempts,
            @Param("lockedUntil") Instant lockedUntil);

    int recordSuccessfulLogin(@Param("id") long id, @Param("at") Instant at);

    int unlock(@Param("id") long id);

    int setEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

    int setPasswordHash(@Param("id") long id, @Param("hash") String hash);

    List<UserRow> search(@Param("scopePattern") String scopePattern, @Param("q") UserQuery query,
            @Param("text") String text, @Param("now") Instant now, @Param("sort") Sort<UserSortKey> sort,
            @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("scopePattern") String scopePattern, @Param("q") UserQuery query, @Param("text") String text,
            @Param("now") Instant now);

    record NameRow(String username, String displayName) {
    }

    /** A flat row for the administration list; roles are attached afterwards. */
    record UserRow(long id, String username, String displayName, String kind, Long departmentId,
            String departmentName, String divisionCode, boolean enabled, Instant lockedUntil, Instant lastLoginAt) {
    }
}
