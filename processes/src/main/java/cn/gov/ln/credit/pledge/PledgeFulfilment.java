package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.SubjectRecordChanged;
import cn.gov.ln.credit.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What becomes of a signed pledge in the filings that use it: a filing relies on it (from then on the pledger can
 * no longer withdraw it), an officer determines whether it was kept (履约状态), and the pledges determined not kept
 * and not yet repaired count against the subject. Each is a new registry entry through {@link PledgeLedger}; the
 * pledger's own steps are {@link PledgeService}'s.
 */
@Service
public class PledgeFulfilment {

    private final PledgeMapper mapper;
    private final PledgeLedger ledger;
    private final PledgeAccess access;
    private final DepartmentService departments;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PledgeFulfilment(PledgeMapper mapper, PledgeLedger ledger, PledgeAccess access, DepartmentService departments,
            AuditService audit, AccessGuard guard, Clock clock, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.access = access;
        this.departments = departments;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.events = events;
    }

    /** Records an officer's determination of whether the pledge was kept (履约状态). */
    @Transactional
    public Pledge determine(String code, Determination determination) {
        Actor actor = guard.require(Permissions.PLEDGE_DETERMINE);
        PledgeLedger.Locked locked = ledger.lockByCode(code, p -> access.canRead(actor, p));
        Pledge pledge = locked.pledge();
        Violations violations = Violations.of(determination);
        if (determination.status() != null && determination.status() != FulfillmentStatus.FULFILLED) {
            requireText("unfulfilledContent", determination.unfulfilledContent(), violations);
            requireText("actionTaken", determination.actionTaken(), violations);
        }
        LocalDate today = LocalDate.now(clock);
        if (violations.clear("determinationDate") && determination.determinationDate().isAfter(today)) {
            violations.add("determinationDate", "validation.date.future");
        } else if (violations.clear("determinationDate") && pledge.pledgeDate() != null
                && determination.determinationDate().isBefore(pledge.pledgeDate())) {
            violations.add("determinationDate", "validation.pledge.beforeSigning");
        }
        violations.throwIfAny();
        if (pledge.status() != PledgeStatus.SIGNED) {
            throw new ConflictException("error.pledge.notSigned");
        }
        Department unit = departments.find(actor.departmentId()).orElse(null);
        boolean fulfilled = determination.status() == FulfillmentStatus.FULFILLED;
        PledgeEvent event = new PledgeEvent(0, pledge.id(), PledgeEventType.FULFILLMENT_DETERMINED,
                determination.status(), fulfilled ? null : determination.unfulfilledContent().strip(),
                fulfilled ? null : determination.actionTaken().strip(), determination.determinationDate(),
                unit == null ? null : unit.name(), unit == null ? null : unit.uscc(),
                blankToNull(determination.note()), null, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                actor.username());
        ledger.appendEvent(locked.head(), pledge, event);
        mapper.setFulfillment(pledge.id(), determination.status());
        audit.record(actor, AuditActions.PLEDGE_FULFILLMENT_DETERMINED, "pledge", code, determination.status().name());
        events.publishEvent(new SubjectRecordChanged(pledge.subjectId(), "PLEDGE_" + determination.status().name()));
        return mapper.findById(pledge.id());
    }

    /**
     * How many of the subject's pledges were determined not kept (false pledges) and not yet repaired: a granted
     * repair of the listing that the breach raised on the pledge ends it. For services that check their own
     * permissions.
     */
    public int unrepairedFalsePledges(long subjectId) {
        return mapper.countUnrepairedFalsePledges(subjectId);
    }

    /** A filing relies on the pledge from now on: it can no longer be withdrawn. */
    @Transactional
    public Pledge relyOn(String code, String filingReference) {
        Actor actor = guard.require(Permissions.PLEDGE_READ);
        PledgeLedger.Locked locked = ledger.lockByCode(code, p -> access.canRead(actor, p) || actor.isSystem());
        Pledge pledge = locked.pledge();
        if (pledge.status() != PledgeStatus.SIGNED) {
            throw new ConflictException("error.pledge.notSigned");
        }
        if (pledge.reliedOnAt() != null) {
            return pledge;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        ledger.appendEvent(locked.head(), pledge, new PledgeEvent(0, pledge.id(), PledgeEventType.RELIED_ON, null,
                null, null, null, null, null, filingReference, null, now, actor.username()));
        mapper.setReliedOn(pledge.id(), now);
        return mapper.findById(pledge.id());
    }

    /** Required when the pledge was not kept: what was not kept, and what was done about it. */
    private static void requireText(String field, String value, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "validation.required");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
