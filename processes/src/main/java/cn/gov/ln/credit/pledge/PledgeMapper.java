package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Sort;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PledgeMapper {

    Pledge findById(@Param("id") long id);

    Pledge findByCode(@Param("code") String code);

    Pledge findByDraftRef(@Param("ref") String ref);

    Pledge lockByDraftRef(@Param("ref") String ref);

    Pledge lockByCode(@Param("code") String code);

    Pledge findByExternalKey(@Param("key") String key);

    List<Pledge> findByIds(@Param("ids") Collection<Long> ids);

    List<Pledge> findSupersedable(@Param("subjectId") long subjectId, @Param("templateId") long templateId,
            @Param("departmentId") Long departmentId, @Param("exceptId") long exceptId);

    List<Pledge> search(@Param("q") PledgeQuery query, @Param("scope") Scope scope,
            @Param("textPattern") String textPattern, @Param("signedFrom") Instant signedFrom,
            @Param("signedBefore") Instant signedBefore, @Param("sort") Sort<PledgeSortKey> sort,
            @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") PledgeQuery query, @Param("scope") Scope scope, @Param("textPattern") String textPattern,
            @Param("signedFrom") Instant signedFrom, @Param("signedBefore") Instant signedBefore);

    List<Pledge> searchPublic(@Param("textPattern") String textPattern, @Param("matterCode") String matterCode,
            @Param("offset") int offset, @Param("limit") int limit);

    long countPublic(@Param("textPattern") String textPattern, @Param("matterCode") String matterCode);

    String maxRecordCode(@Param("prefix") String prefix);

    void insert(@Param("p") Pledge pledge, @Param("generated") GeneratedId generated);

    int markSigned(@Param("p") Pledge pledge);

    /** Gives a signed pledge signed before codes existed its verification code, unless it has one by now. */
    int assignVerificationCode(@Param("id") long id, @Param("code") String code);

    int setStatus(@Param("id") long id, @Param("from") PledgeStatus from, @Param("to") PledgeStatus to);

    /** Pledges of the subject determined not kept whose breach has not ended in a repair. */
    int countUnrepairedFalsePledges(@Param("subjectId") long subjectId);

    int setFulfillment(@Param("id") long id, @Param("status") FulfillmentStatus status);

    int setReliedOn(@Param("id") long id, @Param("at") Instant at);

    void insertEvent(@Param("e") PledgeEvent event, @Param("generated") GeneratedId generated);

    List<PledgeEvent> findEvents(@Param("pledgeId") long pledgeId);

    List<PledgeEvent> findEventsByPledgeIds(@Param("ids") Collection<Long> ids);

    LedgerHead lockHead();

    LedgerHead findHead();

    void insertEntry(LedgerEntry entry);

    void moveHead(@Param("seq") long seq, @Param("hash") String hash);

    List<LedgerEntry> findEntriesAfter(@Param("afterSeq") long afterSeq, @Param("limit") int limit);

    LedgerEntry findEntry(@Param("seq") long seq);

    LedgerEntry findSigningEntry(@Param("pledgeId") long pledgeId);

    /** Who may see which pledges: a division prefix, and a department unless the caller may read all. */
    record Scope(String divisionPattern, Long departmentId, Long subjectId) {
    }

    record LedgerHead(long lastSeq, String lastHash) {
    }
}
