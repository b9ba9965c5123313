package cn.gov.ln.credit.subject;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.identifier.IdentifierCheck;
import cn.gov.ln.credit.identifier.Uscc;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal early codes that fail the GB 32100 check. Only a code that really fails the check can be listed, and
 * only with a stated reason; a listed code registers with the status {@link IdentifierStatus#ALLOW_LISTED}.
 */
@Service
public class UsccAllowListService {

    private final SubjectMapper mapper;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    UsccAllowListService(SubjectMapper mapper, AuditService audit, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AllowListEntry> list() {
        guard.require(Permissions.ALLOWLIST_MANAGE);
        return mapper.findAllowList();
    }

    @Transactional
    public void add(String uscc, String reason) {
        Actor actor = guard.require(Permissions.ALLOWLIST_MANAGE);
        List<FieldViolation> violations = new ArrayList<>();
        IdentifierCheck check = Uscc.check(uscc);
        if (check == IdentifierCheck.VALID) {
            violations.add(FieldViolation.of("uscc", "validation.allowList.notNeeded"));
        } else if (check != IdentifierCheck.WRONG_CHECK_CHARACTER) {
            violations.add(FieldViolation.of("uscc", "validation.uscc." + check.name()));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(FieldViolation.of("reason", "validation.required"));
        } else if (reason.length() > 256) {
            violations.add(FieldViolation.of("reason", "validation.tooLong", 256));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        try {
            mapper.insertAllowListed(new AllowListEntry(uscc, reason.strip(), actor.username(), Instant.now(clock)));
        } catch (DuplicateKeyException e) {
            throw ValidationException.of("uscc", "validation.allowList.present");
        }
        audit.record(actor, AuditActions.ALLOWLIST_ADDED, "uscc", uscc, reason.strip());
    }

    @Transactional
    public void remove(String uscc) {
        Actor actor = guard.require(Permissions.ALLOWLIST_MANAGE);
        if (mapper.deleteAllowListed(uscc) == 0) {
            throw new NotFoundException("allowList", uscc);
        }
        audit.record(actor, AuditActions.ALLOWLIST_REMOVED, "uscc", uscc, null);
    }
}
