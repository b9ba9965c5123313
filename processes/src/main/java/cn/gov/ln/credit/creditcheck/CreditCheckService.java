package cn.gov.ln.credit.creditcheck;

import cn.gov.ln.credit.identifier.SubjectIdentifiers;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.StoredJson;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check at every filing (逢办必查): asks the configured credit source and stores the evidence — subject,
 * source, hits with their legal basis, grade, time, who asked, and the filing. A source that cannot answer
 * fails the check; nothing is recorded and nothing is decided without an answer. The sources are adapters in the
 * integration module; the core runs without one, but then every check fails.
 */
@Service
public class CreditCheckService {

    private final ObjectProvider<CreditSource> source;
    private final CreditCheckMapper mapper;
    private final SubjectService subjects;
    private final AccessGuard guard;
    private final Clock clock;
    private final StoredJson json;

    CreditCheckService(ObjectProvider<CreditSource> source, CreditCheckMapper mapper, SubjectService subjects,
            AccessGuard guard, Clock clock, StoredJson json) {
        this.source = source;
        this.mapper = mapper;
        this.subjects = subjects;
        this.guard = guard;
        this.clock = clock;
        this.json = json;
    }

    /** Checks a subject and records the evidence; for a filing when {@code filingId} is given. */
    @Transactional
    public CheckResult check(String identifier, CheckPurpose purpose, Long filingId) {
        Actor actor = guard.require(Permissions.CREDITCHECK_RUN);
        Optional<CreditSubject> known = identifier == null ? Optional.empty() : subjects.lookupByIdentifier(identifier);
        if (known.isEmpty()) {
            FieldViolation unknown = subjects.whyUnknown("code", identifier);
            if (!unknown.messageKey().equals(SubjectIdentifiers.NOT_REGISTERED)) {
                throw new ValidationException(unknown);
            }
        }
        return record(actor, identifier, known.map(CreditSubject::id).orElse(null), purpose, filingId);
    }

    /** Checks the subject of a filing, which the caller has read, and records the evidence. */
    @Transactional
    public CheckResult check(CreditSubject subject, CheckPurpose purpose, long filingId) {
        Actor actor = guard.require(Permissions.CREDITCHECK_RUN);
        return record(actor, subject.identifier(), subject.id(), purpose, filingId);
    }

    /**
     * Checks a subject for a special credit report and records the evidence in the requester's name. The credit
     * report's service has decided who may have the report (an applicant their own subject's), so no check
     * permission is asked here.
     */
    @Transactional
    public CheckResult checkForReport(CreditSubject subject) {
        return record(guard.current(), subject.identifier(), subject.id(), CheckPurpose.CREDIT_REPORT, null);
    }

    private CheckResult record(Actor actor, String identifier, Long subjectId, CheckPurpose purpose, Long filingId) {
        CreditSource source = this.source.getIfAvailable();
        if (source == null) {
            throw new CreditSourceUnavailableException("no credit source is configured (credit.source.kind)", null);
        }
        CreditFacts facts = source.lookup(identifier);
        CreditCheckRecord record = new CreditCheckRecord(0, filingId, subjectId, identifier, purpose, source.name(),
                facts.grade(), facts.dishonestyListed(), facts.redListed(), facts.openBreaches(),
                facts.falsePledges(), json.write(facts.hits()), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                actor.username(), actor.departmentId());
        GeneratedId id = new GeneratedId();
        mapper.insert(record, id);
        return new CheckResult(record.withId(id.value()), facts);
    }

    @Transactional(readOnly = true)
    public List<CreditCheckRecord> evidenceOf(long filingId) {
        return mapper.findByFiling(filingId);
    }

    /** The list entries a check found, read back from its stored evidence. */
    public List<CreditFacts.Hit> hits(CreditCheckRecord record) {
        try {
            return List.of(json.read(record.hits(), CreditFacts.Hit[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored hits of check " + record.id() + " are not readable", e);
        }
    }

    /** The stored evidence and the facts it came from. */
    public record CheckResult(CreditCheckRecord record, CreditFacts facts) {
    }
}
