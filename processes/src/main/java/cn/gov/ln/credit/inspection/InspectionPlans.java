package cn.gov.ln.credit.inspection;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.division.DivisionService;
import cn.gov.ln.credit.inspection.DrawInputs.Candidate;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.StoredJson;
import cn.gov.ln.credit.shared.Violations;
import cn.gov.ln.credit.subject.SubjectService;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's inspection plans (双随机、一公开): created as drafts by whoever leads its supervision (the
 * {@code inspection:plan} permission), drawn once, closed. The draw takes its seed from {@link SecureRandom}, reads
 * the candidates, the pool and the rates, records them with the seed and their digest, and writes the drawn tasks;
 * nothing else writes a task, so nobody can add a subject by hand. {@link #verify} draws again from the record.
 */
@Service
public class InspectionPlans {

    static final int DEFAULT_INSPECTORS = 2;
    static final int MAX_INSPECTORS = 5;
    private static final SecureRandom SEEDS = new SecureRandom();

    private final InspectionMapper mapper;
    private final InspectionRates rates;
    private final DivisionService divisions;
    private final SubjectService subjects;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtime;
    private final StoredJson json;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    InspectionPlans(InspectionMapper mapper, InspectionRates rates, DivisionService divisions,
            SubjectService subjects, WorkingDayCalendar calendar, RuntimeService runtime, StoredJson json,
            AuditService audit, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.rates = rates;
        this.divisions = divisions;
        this.subjects = subjects;
        this.calendar = calendar;
        this.runtime = runtime;
        this.json = json;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public InspectionPlan create(NewInspectionPlan request) {
        Actor actor = planner();
        Violations violations = Violations.of(request);
        text(violations, "title", request.title(), 200);
        text(violations, "scope", request.scope(), 1000);
        if (request.periodStart() == null) {
            violations.add("periodStart", "validation.required");
        }
        if (request.periodEnd() == null) {
            violations.add("periodEnd", "validation.required");
        } else if (request.periodStart() != null && request.periodEnd().isBefore(request.periodStart())) {
            violations.add("periodEnd", "error.inspection.periodEndsBeforeStart");
        } else if (request.periodEnd().isBefore(LocalDate.now(clock))) {
            violations.add("periodEnd", "error.inspection.periodOver");
        }
        List<String> codes = request.candidateDivisions() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(request.candidateDivisions().stream()
                        .filter(c -> c != null && !c.isBlank()).map(String::strip).toList()));
        if (codes.isEmpty()) {
            violations.add("candidateDivisions", "validation.required");
        } else if (codes.size() > 30) {
            violations.add("candidateDivisions", "error.inspection.tooManyDivisions", 30);
        }
        for (String code : codes) {
            if (!divisions.exists(code) || !actor.coversDivision(code)) {
                violations.add("candidateDivisions", "error.inspection.divisionOutOfScope", code);
                break;
            }
        }
        int perSubject = request.inspectorsPerSubject() == null ? DEFAULT_INSPECTORS : request.inspectorsPerSubject();
        if (perSubject < 1) {
            violations.add("inspectorsPerSubject", "validation.tooSmall", 1);
        } else if (perSubject > MAX_INSPECTORS) {
            violations.add("inspectorsPerSubject", "validation.tooLarge", MAX_INSPECTORS);
        }
        violations.throwIfAny();
        Instant now = now();
        InspectionPlan plan = new InspectionPlan(0, "P" + Long.toHexString(SEEDS.nextLong()), actor.departmentId(),
                actor.divisionCode(), request.title().strip(), request.scope().strip(), request.periodStart(),
                request.periodEnd(), String.join(",", codes), request.excludeOwnCounty(), perSubject,
                InspectionPlan.DRAFT, actor.username(), now, null, null, null, null, null, null, null, null);
        GeneratedId id = new GeneratedId();
        mapper.insertPlan(plan, id);
        String planNo = "SJ" + request.periodStart().getYear() + String.format("%08d", id.value());
        mapper.setPlanNo(id.value(), planNo);
        audit.record(actor, AuditActions.INSPECTION_PLAN_CREATED, "inspection_plan", planNo, plan.title());
        return mapper.findPlan(id.value());
    }

    /**
     * The draw: subjects by rate per stratum, inspectors with avoidance, seed and inputs recorded with their
     * digest, one RandomInspection process per drawn subject. If any subject lacks eligible inspectors, nothing is
     * stored and the refusal names it.
     */
    @Transactional
    public InspectionPlan draw(long planId) {
        Actor actor = planner();
        InspectionPlan plan = ownPlan(actor, planId);
        mapper.lockDepartment(plan.departmentId());
        if (!InspectionPlan.DRAFT.equals(mapper.findPlan(planId).status())) {
            throw new ConflictException("error.inspection.notDraft");
        }
        LocalDate today = LocalDate.now(clock);
        List<String> prefixes = plan.divisions().stream().map(DivisionCodes::scopePrefix).distinct().toList();
        List<Candidate> candidates = mapper.candidates(prefixes, today);
        if (candidates.isEmpty()) {
            throw new ConflictException("error.inspection.noCandidates");
        }
        InspectionRates.Rates current = rates.current();
        Map<Long, List<String>> previous = new HashMap<>();
        for (Map<String, Object> row : mapper.previousInspectors(plan.departmentId(), prefixes)) {
            previous.computeIfAbsent(((Number) row.get("subjectId")).longValue(), k -> new ArrayList<>())
                    .add((String) row.get("username"));
        }
        DrawInputs inputs = new DrawInputs(candidates,
                mapper.pool(plan.departmentId(), Permissions.INSPECTION_INSPECT, true), current.byStratum(),
                current.model(), plan.inspectorsPerSubject(), plan.excludeOwnCounty(), previous);
        long seed = SEEDS.nextLong();
        DrawResult result;
        try {
            result = InspectionDraw.draw(inputs, seed);
        } catch (NoEligibleInspector e) {
            String name = subjects.lookup(e.subjectId()).map(s -> s.name()).orElse(Long.toString(e.subjectId()));
            throw new ConflictException("error.inspection.noInspector", name, e.eligible(), e.needed());
        }
        String inputsText = json.write(inputs);
        String digest = InspectionDraw.digest(inputsText, seed);
        if (mapper.markDrawn(planId, Long.toString(seed), inputsText, digest, current.model(), actor.username(),
                now()) == 0) {
            throw new ConflictException("error.inspection.notDraft");
        }
        Map<Long, Candidate> bySubject = candidates.stream()
                .collect(Collectors.toMap(Candidate::subjectId, Function.identity()));
        LocalDate due = plan.periodEnd().isBefore(today) ? today : plan.periodEnd();
        for (DrawResult.Assignment assignment : result.assignments()) {
            Candidate candidate = bySubject.get(assignment.subjectId());
            InspectionTask task = new InspectionTask(0, planId, candidate.subjectId(), plan.departmentId(),
                    candidate.divisionCode(), candidate.grade(), candidate.redListed(),
                    BigDecimal.valueOf(current.byStratum().get(candidate.stratum())), due, InspectionTask.OPEN, null,
                    null, null, null, null, null, null, null, null);
            GeneratedId taskId = new GeneratedId();
            mapper.insertTask(task, taskId);
            assignment.inspectors().forEach(username -> mapper.insertInspector(taskId.value(), username));
            Map<String, Object> variables = new HashMap<>();
            variables.put("inspectionTaskId", taskId.value());
            variables.put("inspectors", String.join(",", assignment.inspectors()));
            variables.put("resultDue", WorkingDayCalendar.closeOfBusiness(due, clock.getZone()));
            String instance = runtime.startProcessInstanceByKey(InspectionTasks.PROCESS,
                    plan.planNo() + "-" + taskId.value(), variables).getId();
            mapper.setProcessInstance(taskId.value(), instance);
        }
        audit.record(actor, AuditActions.INSPECTION_DRAWN, "inspection_plan", plan.planNo(),
                "seed=" + seed + " sha256=" + digest + " drawn=" + result.assignments().size() + "/"
                        + candidates.size());
        return mapper.findPlan(planId);
    }

    /** Draws again from the recorded inputs and seed and compares with the digest and what was stored. */
    @Transactional
    public DrawVerification verify(long planId) {
        Actor actor = planner();
        ownPlan(actor, planId);
        InspectionPlan plan = mapper.findPlanWithInputs(planId);
        if (plan.drawSeed() == null) {
            throw new ConflictException("error.inspection.notDrawn");
        }
        long seed = Long.parseLong(plan.drawSeed());
        boolean digestMatches = InspectionDraw.digest(plan.drawInputs(), seed).equals(plan.drawDigest());
        boolean resultMatches;
        try {
            DrawResult again = InspectionDraw.draw(json.read(plan.drawInputs(), DrawInputs.class), seed);
            resultMatches = again.equals(stored(planId));
        } catch (JsonProcessingException | NoEligibleInspector e) {
            resultMatches = false;
        }
        DrawVerification verification = new DrawVerification(digestMatches, resultMatches, plan.drawDigest());
        audit.record(actor, AuditActions.INSPECTION_DRAW_VERIFIED, "inspection_plan", plan.planNo(),
                "digest=" + digestMatches + " result=" + resultMatches);
        return verification;
    }

    /** Closes a drawn plan once every drawn task has its result: an open inspection is never left unfinished. */
    @Transactional
    public InspectionPlan close(long planId) {
        Actor actor = planner();
        InspectionPlan plan = ownPlan(actor, planId);
        long unrecorded = mapper.countUnrecorded(planId);
        if (unrecorded > 0) {
            throw new ConflictException("error.inspection.tasksUnrecorded", unrecorded);
        }
        if (mapper.closePlan(planId, actor.username(), now()) == 0) {
            throw new ConflictException("error.inspection.notDrawn");
        }
        audit.record(actor, AuditActions.INSPECTION_PLAN_CLOSED, "inspection_plan", plan.planNo(), null);
        return mapper.findPlan(planId);
    }

    @Transactional(readOnly = true)
    public List<InspectionPlan> plans(PageRequest page) {
        Actor actor = planner();
        return mapper.searchPlans(actor.departmentId(), page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long countPlans() {
        return mapper.countPlans(planner().departmentId());
    }

    @Transactional(readOnly = true)
    public InspectionPlan plan(long planId) {
        return ownPlan(planner(), planId);
    }

    /** The drawn subjects of the plan with their inspectors. */
    @Transactional(readOnly = true)
    public DrawResult drawn(long planId) {
        ownPlan(planner(), planId);
        return stored(planId);
    }

    private DrawResult stored(long planId) {
        return new DrawResult(mapper.findTasksOfPlan(planId).stream()
                .map(t -> new DrawResult.Assignment(t.subjectId(), mapper.inspectorsOf(t.id()))).toList());
    }

    private Actor planner() {
        Actor actor = guard.require(Permissions.INSPECTION_PLAN);
        if (actor.departmentId() == null) {
            throw new AccessDeniedException(Permissions.INSPECTION_PLAN);
        }
        return actor;
    }

    private InspectionPlan ownPlan(Actor actor, long planId) {
        InspectionPlan plan = mapper.findPlan(planId);
        if (plan == null || plan.departmentId() != actor.departmentId()) {
            throw new NotFoundException("inspection_plan", planId);
        }
        return plan;
    }

    private static void text(Violations violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(field, "validation.required");
        } else if (value.strip().length() > max) {
            violations.add(field, "validation.tooLong", max);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
