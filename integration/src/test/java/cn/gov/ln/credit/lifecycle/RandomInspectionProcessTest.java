package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.inspection.DrawInputs;
import cn.gov.ln.credit.inspection.DrawResult;
import cn.gov.ln.credit.inspection.InspectionDraw;
import cn.gov.ln.credit.inspection.InspectionPlan;
import cn.gov.ln.credit.inspection.InspectionPlans;
import cn.gov.ln.credit.inspection.InspectionRates;
import cn.gov.ln.credit.inspection.InspectionResult;
import cn.gov.ln.credit.inspection.InspectionTasks;
import cn.gov.ln.credit.inspection.NewInspectionPlan;
import cn.gov.ln.credit.inspection.PublishedInspection;
import cn.gov.ln.credit.inspection.ResultRecord;
import cn.gov.ln.credit.inspection.TaskView;
import cn.gov.ln.credit.evaluation.EvaluationFactor;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.StoredJson;
import cn.gov.ln.credit.shared.SubjectRecordChanged;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Random inspections (双随机、一公开) through the real services and engine: Anshan's market regulation bureau plans
 * inspections of the organisations of 千山区, where 200 organisations of each grade were added; five inspectors of
 * the bureau work in four counties and the city, one of them in 千山区.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
@RecordApplicationEvents
class RandomInspectionProcessTest extends LifecycleSupport {

    static final String COUNTY = "210311";
    static final List<String> INSPECTOR_DIVISIONS = List.of("210302", "210303", "210304", COUNTY, "210300");
    private final Map<String, Set<Long>> added = new HashMap<>();

    @Autowired
    InspectionPlans plans;
    @Autowired
    InspectionTasks tasks;
    @Autowired
    StoredJson json;
    @Autowired
    @Qualifier("inspectionBreaches")
    EvaluationFactor breachesFactor;
    @Autowired
    @Qualifier("inspectionsClean")
    EvaluationFactor cleanFactor;
    @Autowired
    ApplicationEvents events;

    long department;
    String planner;

    @BeforeEach
    void bureau() {
        department = departments.findByCode("210300-MARKET_REGULATION").orElseThrow().id();
        planner = liaisonOf(department);
        for (int i = 0; i < INSPECTOR_DIVISIONS.size(); i++) {
            String username = "inspector-as-" + i;
            if (!accounts.exists(username)) {
                String division = INSPECTOR_DIVISIONS.get(i);
                signIn.run("sysadmin", () -> accounts.create(new NewUser(username, "检查员" + division,
                        ActorKind.STAFF, department, division, null, Set.of(Roles.VERIFICATION_OFFICER),
                        SignIn.DEMO_PASSWORD.toCharArray())));
            }
        }
        for (String grade : List.of("A", "B", "C", "D")) {
            added.put(grade, addSubjects(grade, 200, "LEGAL_PERSON"));
        }
        added.put("person", addSubjects("D", 5, "NATURAL_PERSON"));
        added.put("soleTrader", addSubjects("D", 30, "SOLE_TRADER"));
    }

    @Test
    void aPlanIsDrawnByGradeWithAvoidanceAndTheSameSeedGivesTheSameDraw() {
        InspectionPlan plan = signIn.call(planner, () -> plans.create(plan(2)));
        assertThat(plan.status()).isEqualTo(InspectionPlan.DRAFT);
        assertThat(plan.inspectorsPerSubject()).isEqualTo(2);

        InspectionPlan drawn = signIn.call(planner, () -> plans.draw(plan.id()));

        assertThat(drawn.status()).isEqualTo(InspectionPlan.DRAWN);
        assertThat(drawn.drawSeed()).isNotBlank();
        assertThat(drawn.drawDigest()).hasSize(64);
        assertThat(drawn.rateModel()).startsWith(InspectionRates.DECISION + ":");
        assertThat(drawn.drawnBy()).isEqualTo(planner);
        DrawResult stored = signIn.call(planner, () -> plans.drawn(plan.id()));
        long seed = Long.parseLong(drawn.drawSeed());
        assertThat(drawn.drawInputs()).as("the inputs are read only to verify").isNull();
        assertThat(signIn.call(planner, () -> plans.plans(PageRequest.first(50))))
                .allSatisfy(p -> assertThat(p.drawInputs()).isNull());
        String inputsText = jdbc.queryForObject("SELECT draw_inputs FROM inspection_plan WHERE id = ?",
                String.class, plan.id());
        DrawInputs inputs = read(inputsText);
        assertThat(InspectionDraw.draw(inputs, seed)).as("drawn again from the same seed").isEqualTo(stored);
        assertThat(InspectionDraw.draw(inputs, seed)).isEqualTo(stored);
        assertThat(InspectionDraw.digest(inputsText, seed)).isEqualTo(drawn.drawDigest());
        assertThat(signIn.call(planner, () -> plans.verify(plan.id())).holds()).isTrue();
        jdbc.update("UPDATE inspection_plan SET draw_inputs = ? WHERE id = ?",
                inputsText.replace("\"D\"", "\"A\""), plan.id());
        assertThat(signIn.call(planner, () -> plans.verify(plan.id()))).as("inputs changed after the draw")
                .satisfies(v -> assertThat(v.digestMatches()).isFalse());
        jdbc.update("UPDATE inspection_plan SET draw_inputs = ? WHERE id = ?", inputsText, plan.id());

        Set<Long> subjects = stored.assignments().stream().map(DrawResult.Assignment::subjectId)
                .collect(Collectors.toSet());
        long a = added.get("A").stream().filter(subjects::contains).count();
        long d = added.get("D").stream().filter(subjects::contains).count();
        assertThat(d).as("D is inspected more than A").isGreaterThan(a).isGreaterThanOrEqualTo(100);
        assertThat(a).isLessThanOrEqualTo(40);
        assertThat(added.get("person")).as("natural persons are not drawn").noneMatch(subjects::contains);
        assertThat(added.get("soleTrader")).as("sole traders are graded, so drawn").anyMatch(subjects::contains);

        Map<String, String> divisionOf = inspectorDivisions();
        Map<Long, String> subjectDivision = subjectDivisions(subjects);
        assertThat(stored.assignments()).allSatisfy(assignment -> {
            assertThat(assignment.inspectors()).hasSize(2).doesNotHaveDuplicates();
            assertThat(assignment.inspectors()).noneMatch(i ->
                    subjectDivision.get(assignment.subjectId()).equals(divisionOf.get(i)));
        });
        assertThat(engineTasks.createTaskQuery().processDefinitionKey(InspectionTasks.PROCESS)
                .taskCandidateUser(stored.assignments().get(0).inspectors().get(0)).count()).isPositive();
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE target_id = ?", String.class,
                drawn.planNo())).contains("INSPECTION_PLAN_CREATED", "INSPECTION_DRAWN", "INSPECTION_DRAW_VERIFIED");

        InspectionPlan next = signIn.call(planner, () -> plans.create(plan(2)));
        signIn.run(planner, () -> plans.draw(next.id()));
        DrawResult following = signIn.call(planner, () -> plans.drawn(next.id()));
        Map<Long, List<String>> before = stored.assignments().stream()
                .collect(Collectors.toMap(DrawResult.Assignment::subjectId, DrawResult.Assignment::inspectors));
        long both = following.assignments().stream().filter(x -> before.containsKey(x.subjectId()))
                .peek(x -> assertThat(x.inspectors()).as("never the same inspector twice in a row")
                        .doesNotContainAnyElementsOf(before.get(x.subjectId())))
                .count();
        assertThat(both).isPositive();

        assertThatThrownBy(() -> signIn.run(planner, () -> plans.draw(plan.id())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> signIn.run("liaison", () -> plans.draw(next.id())))
                .as("another department's plan").isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherDepartmentsInspectionInBetweenStillAvoidsThePreviousInspector() {
        InspectionPlan first = signIn.call(planner, () -> plans.create(plan(2)));
        signIn.run(planner, () -> plans.draw(first.id()));
        DrawResult before = signIn.call(planner, () -> plans.drawn(first.id()));
        long tax = jdbc.queryForObject("SELECT MIN(id) FROM department WHERE id <> ?", Long.class, department);
        jdbc.update("INSERT INTO inspection_plan (plan_no, department_id, division_code, title, scope, period_start,"
                + " period_end, candidate_divisions, exclude_own_county, inspectors_per_subject, status, created_by,"
                + " created_at) SELECT 'TX' || plan_no, ?, division_code, title, scope, period_start, period_end,"
                + " candidate_divisions, exclude_own_county, inspectors_per_subject, 'DRAWN', created_by, created_at"
                + " FROM inspection_plan WHERE id = ?", tax, first.id());
        long taxPlan = jdbc.queryForObject("SELECT id FROM inspection_plan WHERE plan_no = ?", Long.class,
                "TX" + first.planNo());
        for (DrawResult.Assignment assignment : before.assignments()) {
            jdbc.update("INSERT INTO inspection_task (plan_id, subject_id, department_id, division_code, grade,"
                    + " red_listed, rate, due_on, status) VALUES (?, ?, ?, ?, 'D', ?, 1, ?, 'OPEN')", taxPlan,
                    assignment.subjectId(), tax, COUNTY, false, today());
            long taskId = jdbc.queryForObject("SELECT id FROM inspection_task WHERE plan_id = ? AND subject_id = ?",
                    Long.class, taxPlan, assignment.subjectId());
            jdbc.update("INSERT INTO inspection_inspector (task_id, username) VALUES (?, 'tax-inspector')", taskId);
        }

        InspectionPlan next = signIn.call(planner, () -> plans.create(plan(2)));
        signIn.run(planner, () -> plans.draw(next.id()));

        Map<Long, List<String>> previous = before.assignments().stream()
                .collect(Collectors.toMap(DrawResult.Assignment::subjectId, DrawResult.Assignment::inspectors));
        List<DrawResult.Assignment> again = signIn.call(planner, () -> plans.drawn(next.id())).assignments()
                .stream().filter(x -> previous.containsKey(x.subjectId())).toList();
        assertThat(again).isNotEmpty().allSatisfy(x -> assertThat(x.inspectors())
                .as("the market bureau's previous inspectors, whatever the tax bureau did in between")
                .doesNotContainAnyElementsOf(previous.get(x.subjectId())));
    }

    @Test
    void aPlanClosesOnlyWhenEveryDrawnTaskHasItsResult() {
        InspectionPlan plan = signIn.call(planner, () -> plans.create(plan(2)));
        assertThatThrownBy(() -> signIn.run(planner, () -> plans.close(plan.id()))).as("not drawn")
                .isInstanceOf(ConflictException.class);
        signIn.run(planner, () -> plans.draw(plan.id()));
        List<TaskView> drawn = signIn.call(planner, () -> tasks.ofPlan(plan.id()));
        TaskView last = drawn.get(drawn.size() - 1);
        // The plan draws hundreds of subjects: all but the last are marked done directly, the last through its step.
        jdbc.update("UPDATE inspection_task SET result = 'NO_PROBLEM' WHERE plan_id = ? AND id <> ?", plan.id(),
                last.task().id());
        assertThatThrownBy(() -> signIn.run(planner, () -> plans.close(plan.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.inspection.tasksUnrecorded"));
        assertThat(signIn.call(planner, () -> plans.plan(plan.id())).status()).isEqualTo(InspectionPlan.DRAWN);

        signIn.run(last.inspectors().get(0), () -> tasks.recordResult(last.task().id(),
                new ResultRecord(InspectionResult.PROBLEMS_CORRECTED, "年报信息更正", today())));
        assertThat(signIn.call(planner, () -> plans.close(plan.id())).status()).isEqualTo(InspectionPlan.CLOSED);
    }

    @Test
    void aDrawWithoutEnoughEligibleInspectorsSaysWhichSubjectAndStoresNothing() {
        InspectionPlan plan = signIn.call(planner, () -> plans.create(plan(5)));

        assertThatThrownBy(() -> signIn.run(planner, () -> plans.draw(plan.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.inspection.noInspector");
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject WHERE name = ?"
                            + " AND division_code = ? AND kind <> 'NATURAL_PERSON'", Long.class, e.arguments()[0],
                            COUNTY)).as("a subject of the county").isPositive();
                    assertThat((Integer) e.arguments()[1]).as("eligible after avoidance").isLessThan(5);
                    assertThat(e.arguments()[2]).isEqualTo(5);
                });
        assertThat(signIn.call(planner, () -> plans.plan(plan.id())).status()).isEqualTo(InspectionPlan.DRAFT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inspection_task WHERE plan_id = ?", Long.class,
                plan.id())).isZero();
        assertThatThrownBy(() -> signIn.run(planner, () -> plans.create(new NewInspectionPlan(" ", "x",
                today(), today().minusDays(1), List.of("210100"), true, 0))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).contains("title", "periodEnd", "candidateDivisions",
                                "inspectorsPerSubject"));
    }

    @Test
    void aBreachFoundIsPublishedAndRaisedForDeterminationAndALateResultIsEscalated() {
        InspectionPlan plan = signIn.call(planner, () -> plans.create(plan(2)));
        signIn.run(planner, () -> plans.draw(plan.id()));
        List<TaskView> drawn = signIn.call(planner, () -> tasks.ofPlan(plan.id()));
        TaskView breachTask = drawn.get(0);
        TaskView cleanTask = drawn.get(1);
        TaskView lateTask = drawn.get(2);
        String inspector = breachTask.inspectors().get(0);
        String outsider = java.util.stream.IntStream.range(0, INSPECTOR_DIVISIONS.size())
                .mapToObj(i -> "inspector-as-" + i).filter(u -> !breachTask.inspectors().contains(u))
                .findFirst().orElseThrow();

        assertThat(signIn.call(inspector, () -> tasks.tasks(true, PageRequest.first(500))))
                .extracting(v -> v.task().id()).contains(breachTask.task().id());
        assertThatThrownBy(() -> signIn.run(outsider, () -> tasks.recordResult(breachTask.task().id(),
                new ResultRecord(InspectionResult.NO_PROBLEM, null, today()))))
                .as("not drawn for it").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.run(inspector, () -> tasks.recordResult(breachTask.task().id(),
                new ResultRecord(InspectionResult.BREACH, " ", today().plusDays(1)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("findings", "inspectedOn"));

        ResultRecord breach = new ResultRecord(InspectionResult.BREACH, "虚报注册资本，拒不改正", today());
        TaskView recorded = signIn.call(inspector, () -> tasks.recordResult(breachTask.task().id(), breach));
        TaskView again = signIn.call(inspector, () -> tasks.recordResult(breachTask.task().id(), breach));

        assertThat(again.task()).isEqualTo(recorded.task());
        assertThat(recorded.task().publishedAt()).isNotNull();
        assertThat(recorded.task().publishDueOn()).isEqualTo(calendar.addWorkingDays(today(), 20));
        assertThat(recorded.task().breachId()).as("the process raised the breach").isNotNull();
        assertThat(passed(recorded.task().processInstanceId(), "Task_RaiseBreach")).isTrue();
        assertThat(instance(recorded.task().processInstanceId())).as("ended").isNull();
        assertThat(events.stream(SubjectRecordChanged.class))
                .contains(new SubjectRecordChanged(breachTask.task().subjectId(), InspectionTasks.CAUSE));
        assertThatThrownBy(() -> signIn.run(inspector, () -> tasks.recordResult(breachTask.task().id(),
                new ResultRecord(InspectionResult.NO_PROBLEM, null, today()))))
                .isInstanceOf(ConflictException.class);
        assertThat(published(breachTask.task().id())).as("not heard yet: no findings").satisfies(p -> {
            assertThat(p.result()).isEqualTo(InspectionResult.BREACH);
            assertThat(p.breachPending()).isTrue();
            assertThat(p.findings()).isNull();
        });

        Breach raised = signIn.call(OFFICER, () -> breachQueries.get(recorded.task().breachId()));
        assertThat(raised.source()).isEqualTo(Breach.FROM_INSPECTION);
        assertThat(raised.subjectId()).isEqualTo(breachTask.task().subjectId());
        assertThat(raised.description()).isEqualTo("双随机抽查发现失信行为（" + plan.planNo() + "）：虚报注册资本，拒不改正");
        Breach determined = signIn.call(OFFICER, () -> determinations.startDetermination(raised.id(),
                new cn.gov.ln.credit.breach.LegalDocument(LegalBasisType.ADMINISTRATIVE_PENALTY,
                        "鞍市监罚〔2026〕" + raised.id() + "号", "鞍山市市场监督管理局", today(), BreachTier.GENERAL),
                judgment()));
        assertThat(instance(determined.processInstanceId())).isNotNull();
        assertThat(published(breachTask.task().id()).breachPending()).as("in determination").isTrue();

        signIn.run(cleanTask.inspectors().get(0), () -> tasks.recordResult(cleanTask.task().id(),
                new ResultRecord(InspectionResult.NO_PROBLEM, null, today())));
        long from = Math.min(breachTask.task().subjectId(), cleanTask.task().subjectId());
        long to = Math.max(breachTask.task().subjectId(), cleanTask.task().subjectId());
        assertThat(breachesFactor.values(from, to, today())).as("not heard yet: not counted")
                .doesNotContainKey(breachTask.task().subjectId()).doesNotContainKey(cleanTask.task().subjectId());
        assertThat(cleanFactor.values(from, to, today())).containsEntry(cleanTask.task().subjectId(), 1L);
        assertThat(published(cleanTask.task().id()).breachPending()).isFalse();
        jdbc.update("UPDATE breach SET status = ? WHERE id = ?", Breach.LISTED, raised.id());
        assertThat(published(breachTask.task().id())).as("determined: published as it is").satisfies(p -> {
            assertThat(p.breachPending()).isFalse();
            assertThat(p.findings()).isEqualTo("虚报注册资本，拒不改正");
        });
        assertThat(breachesFactor.values(from, to, today())).containsEntry(breachTask.task().subjectId(), 1L)
                .doesNotContainKey(cleanTask.task().subjectId());
        long publishedBefore = tasks.countPublished();
        jdbc.update("UPDATE breach SET status = ? WHERE id = ?", Breach.REVOKED, raised.id());
        assertThat(tasks.published(PageRequest.first(PageRequest.MAX_LIMIT))).as("revoked: never published")
                .noneMatch(p -> p.taskId() == breachTask.task().id());
        assertThat(tasks.countPublished()).isEqualTo(publishedBefore - 1);
        assertThat(breachesFactor.values(from, to, today())).doesNotContainKey(breachTask.task().subjectId());

        Job due = timer(lateTask.task().processInstanceId(), "Timer_ResultDue");
        ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 60_000));
        management.executeJob(due.getId());
        for (String username : lateTask.inspectors()) {
            assertThat(noticesOf(username)).contains("notice.inspection.overdue");
        }
        assertThat(noticesOf(planner)).contains("notice.inspection.overdue");
        assertThat(passed(lateTask.task().processInstanceId(), "Task_RemindInspectors")).isTrue();
        assertThat(instance(lateTask.task().processInstanceId())).as("still waiting for the result").isNotNull();
    }

    private PublishedInspection published(long taskId) {
        return tasks.published(PageRequest.first(PageRequest.MAX_LIMIT)).stream().filter(p -> p.taskId() == taskId)
                .findFirst().orElseThrow();
    }

    private boolean passed(String processInstanceId, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(activityId).finished().count() > 0;
    }

    private NewInspectionPlan plan(int inspectors) {
        return new NewInspectionPlan("千山区市场主体双随机抽查", "登记事项、年报公示信息", today(), today().plusDays(60),
                List.of(COUNTY), true, inspectors);
    }

    private DrawInputs read(String text) {
        try {
            return json.read(text, DrawInputs.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, String> inspectorDivisions() {
        Map<String, String> divisions = new HashMap<>();
        jdbc.query("SELECT username, division_code FROM app_user WHERE department_id = ?",
                rs -> {
                    divisions.put(rs.getString(1), rs.getString(2));
                }, department);
        return divisions;
    }

    private Map<Long, String> subjectDivisions(Set<Long> ids) {
        Map<Long, String> divisions = new HashMap<>();
        jdbc.query("SELECT id, division_code FROM credit_subject WHERE division_code = ?",
                rs -> {
                    divisions.put(rs.getLong(1), rs.getString(2));
                }, COUNTY);
        assertThat(divisions.keySet()).containsAll(ids);
        return divisions;
    }

    /** The test's subjects of the grade in 千山区, added once per database. */
    private Set<Long> addSubjects(String grade, int count, String kind) {
        boolean person = "NATURAL_PERSON".equals(kind);
        String column = person ? "citizen_id" : "uscc";
        String usccPrefix = "SOLE_TRADER".equals(kind) ? "9221031" : "9121031";
        String prefix = person ? "2103" + grade : usccPrefix + grade;
        List<Long> existing = jdbc.queryForList("SELECT id FROM credit_subject WHERE " + column + " LIKE ?",
                Long.class, prefix + "%");
        if (existing.size() == count) {
            return new HashSet<>(existing);
        }
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String identifier = person ? String.format("2103%s%013d", grade, i)
                    : String.format("%s%s%010d", usccPrefix, grade, i);
            jdbc.update("INSERT INTO credit_subject (kind, name, uscc, citizen_id, identifier_status, division_code,"
                    + " current_grade, created_at) VALUES (?, ?, ?, ?, 'VALID', ?, ?, CURRENT_TIMESTAMP)", kind,
                    "千山区抽查测试" + grade + "企业" + i, person ? null : identifier, person ? identifier : null, COUNTY,
                    grade);
            ids.add(jdbc.queryForObject("SELECT id FROM credit_subject WHERE " + (person ? "citizen_id" : "uscc")
                    + " = ?", Long.class, identifier));
        }
        return ids;
    }
}
