package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.shared.MessageArgs;
import cn.gov.ln.credit.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps acting on a filing share, in this package and in the features that follow a filing (the
 * verification of its pledge, the officers' tasks): the filing read without a read check, its timeline, and the
 * revocation of its permit. The filing's tables stay private to this package, so another feature changes a filing
 * only through here; the callers check their own permissions (a process step runs as the system, an officer's task
 * is the check).
 */
@Component
public class FilingRecords {

    private static final int EVENT_ARG_LENGTH = 300;

    private final FilingMapper mapper;
    private final AccessGuard guard;
    private final Clock clock;

    FilingRecords(FilingMapper mapper, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.guard = guard;
        this.clock = clock;
    }

    /** One filing, whoever asks; for steps that check their own permissions. */
    public Filing find(long filingId) {
        Filing filing = mapper.findById(filingId);
        if (filing == null) {
            throw new NotFoundException("filing", filingId);
        }
        return filing;
    }

    /** Adds an entry to the filing's timeline as the current actor, e.g. who claimed a task. */
    @Transactional
    public void note(long filingId, String type, Object... args) {
        event(mapper, filingId, type, guard.current().username(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                args);
    }

    /** Marks the permit granted on the filing revoked: the pledge it rested on was found false. */
    @Transactional
    public void revoke(long filingId) {
        mapper.setStatus(filingId, FilingStatus.REVOKED);
    }

    /** The screen a notice about the filing links to. */
    public static String link(Filing filing) {
        return "filings/" + filing.id();
    }

    /** Appends to the timeline; long free texts are cut, the full text stays on the record it belongs to. */
    static void event(FilingMapper mapper, long filingId, String type, String actor, Instant at, Object... args) {
        Object[] cut = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            String text = args[i] == null ? "" : args[i].toString();
            cut[i] = text.length() > EVENT_ARG_LENGTH ? text.substring(0, EVENT_ARG_LENGTH) + "…" : text;
        }
        mapper.insertEvent(new FilingEvent(0, filingId, type, MessageArgs.encode(cut), actor, at));
    }
}
