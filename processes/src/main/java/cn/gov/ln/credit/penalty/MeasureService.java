package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.Text;
import cn.gov.ln.credit.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint penalty measure catalogue, kept by system admins: a changed measure applies to cases initiated after the
 * change; cases already pushed keep the measures they were pushed with.
 */
@Service
public class MeasureService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    private final PenaltyMapper mapper;
    private final DepartmentService departments;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    MeasureService(PenaltyMapper mapper, DepartmentService departments, AuditService audit, AccessGuard guard,
            Clock clock) {
        this.mapper = mapper;
        this.departments = departments;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PenaltyMeasure> all() {
        guard.require(Permissions.MEASURE_READ);
        return mapper.findMeasures();
    }

    /** The line codes a measure can name: every line that has a department. */
    public List<String> lines() {
        return departments.all().stream().map(d -> d.lineCode()).distinct().sorted().toList();
    }

    /** Adds a measure, or changes the one with the same code. */
    @Transactional
    public PenaltyMeasure save(PenaltyMeasure measure) {
        Actor actor = guard.require(Permissions.MEASURE_MANAGE);
        List<FieldViolation> violations = new ArrayList<>();
        if (measure.code() == null || !CODE.matcher(measure.code()).matches()) {
            violations.add(FieldViolation.of("code", "validation.malformed"));
        }
        if (measure.catalogue() == null) {
            violations.add(FieldViolation.of("catalogue", "validation.required"));
        }
        if (measure.lineCode() == null || !lines().contains(measure.lineCode())) {
            violations.add(FieldViolation.of("lineCode", "validation.notFound"));
        }
        required(violations, "area", measure.area(), 64);
        required(violations, "content", measure.content(), 1000);
        required(violations, "legalBasis", measure.legalBasis(), 1000);
        List<String> types = PenaltyMeasure.split(measure.listTypes());
        if (types.isEmpty() || !types.stream().allMatch(t -> t.equals(ListType.DISHONESTY.name()))) {
            violations.add(FieldViolation.of("listTypes", "validation.malformed"));
        }
        List<String> tiers = PenaltyMeasure.split(measure.tiers());
        if (tiers.isEmpty() || !tiers.stream().allMatch(t -> List.of("MINOR", "GENERAL", "SERIOUS").contains(t))) {
            violations.add(FieldViolation.of("tiers", "validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        PenaltyMeasure saved = new PenaltyMeasure(0, measure.code(), measure.catalogue(), measure.lineCode(),
                measure.area().strip(), measure.content().strip(), measure.legalBasis().strip(),
                String.join(",", types), String.join(",", tiers.stream().map(BreachTier::valueOf).sorted()
                        .map(Enum::name).toList()), measure.active(), 0,
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), actor.username());
        boolean exists = mapper.findMeasure(measure.code()) != null;
        if (exists) {
            mapper.updateMeasure(saved);
        } else {
            mapper.insertMeasure(saved);
        }
        audit.record(actor, AuditActions.MEASURE_CHANGED, "penaltyMeasure", measure.code(),
                (exists ? "changed" : "added") + (measure.active() ? "" : ", inactive"));
        return mapper.findMeasure(measure.code());
    }

    /** Text of the catalogue, shown on every notice that cites the measure: required, within its length, clean. */
    private static void required(List<FieldViolation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(FieldViolation.of(field, "validation.required"));
        } else if (value.length() > max) {
            violations.add(FieldViolation.of(field, "validation.tooLong", max));
        } else {
            Text.problem(value).ifPresent(key -> violations.add(FieldViolation.of(field, key)));
        }
    }
}
