package cn.gov.ln.credit.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.calendar.DueLight;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The task list ordered on the server by each column the screen offers, stable across pages; the arrival range,
 * the due-soon filter, holders by name and bulk work task by task.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListSortingProcessTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    FilingTaskService tasks;
    @Autowired
    BulkTaskWork bulk;
    @Autowired
    FilingService filings;
    @Autowired
    ManagementService management;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    JdbcTemplate jdbc;

    SignIn signIn;
    final List<Filing> filed = new ArrayList<>();

    @BeforeAll
    void fiveFilings() {
        signIn = new SignIn(securityManager);
        List<String> usccs = jdbc.queryForList("SELECT uscc FROM credit_subject s WHERE uscc IS NOT NULL AND "
                + "current_grade IN ('B', 'C') AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id "
                + "AND e.status = 'ACTIVE') ORDER BY id", String.class);
        for (int i = 0; i < 5; i++) {
            String uscc = usccs.get(i * 7 % usccs.size());
            Filing filing = signIn.call("intake", () -> filings.file(new NewFiling("LN-SCJG-001", uscc, false, null,
                    null)));
            for (Job job : management.createJobQuery().processInstanceId(filing.processInstanceId()).executable()
                    .list()) {
                management.executeJob(job.getId());
            }
            filed.add(filing);
        }
    }

    @Test
    void eachColumnSortsBothWaysOnTheServerAndPagesNeverOverlap() {
        assertThat(signIn.call("approver", () -> tasks.count(TaskQuery.of(TaskView.ALL)))).as("one page holds all")
                .isLessThan(500);
        for (TaskSortKey key : TaskSortKey.values()) {
            List<TaskItem> ascending = page(TaskSort.ascending(key), 0, 500);
            List<TaskItem> descending = page(TaskSort.descending(key), 0, 500);
            assertThat(ascending).as("%s", key).hasSizeGreaterThanOrEqualTo(5);
            // both directions put tasks without a due date last
            List<Object> up = ascending.stream().map(value(key)).filter(v -> v != null).toList();
            List<Object> down = new ArrayList<>(descending.stream().map(value(key)).filter(v -> v != null).toList());
            Collections.reverse(down);
            assertThat(up).as("%s descending is ascending reversed", key).isEqualTo(down);
            assertThat(ascending).extracting(TaskItem::taskId).as("%s", key).doesNotHaveDuplicates();

            List<TaskItem> twoPages = new ArrayList<>(page(TaskSort.ascending(key), 0, 2));
            twoPages.addAll(page(TaskSort.ascending(key), 2, 2));
            assertThat(twoPages).extracting(TaskItem::taskId).as("%s in pages", key)
                    .isEqualTo(ascending.subList(0, 4).stream().map(TaskItem::taskId).toList());
        }
        List<TaskItem> byArrival = page(TaskSort.ascending(TaskSortKey.CREATED), 0, 500);
        assertThat(byArrival).extracting(TaskItem::createdAt).isSortedAccordingTo(Comparator.naturalOrder());
        List<TaskItem> byNumber = page(TaskSort.descending(TaskSortKey.FILING_NO), 0, 500);
        assertThat(byNumber).extracting(TaskItem::filingNo).isSortedAccordingTo(Comparator.reverseOrder());
        List<TaskItem> byDue = page(TaskSort.DEFAULT, 0, 500);
        assertThat(byDue).extracting(TaskItem::dueAt).isSortedAccordingTo(Comparator.nullsLast(
                Comparator.naturalOrder()));
    }

    @Test
    void theArrivalRangeCountsWholeDaysAndRefusesAnEndBeforeTheStart() {
        LocalDate today = LocalDate.now(ZONE);
        String mine = filed.get(0).filingNo();
        assertThat(count(new TaskQuery(TaskView.DEPARTMENT, null, null, null, mine, today, today, null))).isOne();
        assertThat(count(new TaskQuery(TaskView.DEPARTMENT, null, null, null, mine, today.plusDays(1), null, null)))
                .isZero();
        assertThat(count(new TaskQuery(TaskView.DEPARTMENT, null, null, null, mine, null, today.minusDays(1), null)))
                .isZero();
        assertThatThrownBy(() -> count(new TaskQuery(TaskView.DEPARTMENT, null, null, null, null, today,
                today.minusDays(1), null))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("createdTo"));
    }

    @Test
    void dueSoonIsWithinTheWorkingDaysAndNotYetOverdue() {
        String soon = taskOf(filed.get(1));
        String later = taskOf(filed.get(2));
        String late = taskOf(filed.get(3));
        Instant now = Instant.now();
        setDue(soon, now.plus(1, ChronoUnit.HOURS));
        setDue(later, now.plus(40, ChronoUnit.DAYS));
        setDue(late, now.minus(1, ChronoUnit.HOURS));
        List<String> dueSoon = signIn.call("approver", () -> tasks.search(new TaskQuery(TaskView.ALL, null,
                null, DueFilter.SOON, null), PageRequest.first(500))).stream().map(TaskItem::taskId).toList();
        assertThat(dueSoon).contains(soon).doesNotContain(later, late);
        List<TaskRow> rows = signIn.call("approver", () -> tasks.rows(TaskQuery.of(TaskView.ALL),
                PageRequest.first(500)));
        assertThat(rows).filteredOn(r -> r.item().taskId().equals(soon)).extracting(TaskRow::light)
                .containsExactly(DueLight.DUE_SOON);
        assertThat(rows).filteredOn(r -> r.item().taskId().equals(later)).extracting(TaskRow::light)
                .containsExactly(DueLight.ON_TIME);
        assertThat(rows).filteredOn(r -> r.item().taskId().equals(late)).extracting(TaskRow::light)
                .containsExactly(DueLight.OVERDUE);
    }

    @Test
    void bulkWorkTakesEachTaskOnItsOwnAndSaysWhyOneWasRefused() {
        String free = taskOf(filed.get(4));
        String taken = taskOf(filed.get(3));
        signIn.run("intake", () -> tasks.claim(taken));
        jdbc.update("UPDATE ACT_RU_TASK SET ASSIGNEE_ = NULL WHERE ID_ = ?", free);
        String intakeName = jdbc.queryForObject("SELECT display_name FROM app_user WHERE username = 'intake'",
                String.class);

        List<BulkTaskWork.Outcome> outcomes = signIn.call("approver", () -> bulk.claim(List.of(taken, free)));
        assertThat(outcomes).extracting(BulkTaskWork.Outcome::done).containsExactly(false, false);
        assertThat(outcomes.get(0).messageKey()).isEqualTo("error.task.claimedByOther");
        assertThat(outcomes.get(0).arguments()).as("the holder by name").containsExactly(intakeName);
        assertThat(outcomes.get(1).messageKey()).as("not the approval post's task").isEqualTo(
                "error.task.notCandidate");

        List<BulkTaskWork.Outcome> reassigned = signIn.call("approver", () -> bulk.reassign(List.of(taken, free),
                "intake"));
        assertThat(reassigned).extracting(BulkTaskWork.Outcome::done).containsExactly(true, true);
        List<TaskRow> mine = signIn.call("intake", () -> tasks.rows(TaskQuery.of(TaskView.MINE),
                PageRequest.first(500)));
        assertThat(mine).filteredOn(r -> List.of(taken, free).contains(r.item().taskId()))
                .extracting(TaskRow::assigneeName).containsExactly(intakeName, intakeName);

        List<BulkTaskWork.Outcome> released = signIn.call("intake", () -> bulk.release(List.of(taken, "no-such")));
        assertThat(released).extracting(BulkTaskWork.Outcome::done).containsExactly(true, false);
        assertThat(released.get(1).messageKey()).isEqualTo("error.notFound");
    }

    private List<TaskItem> page(TaskSort sort, int offset, int limit) {
        TaskQuery query = TaskQuery.of(TaskView.ALL).sortedBy(sort);
        return signIn.call("approver", () -> tasks.search(query, new PageRequest(offset, limit)));
    }

    private long count(TaskQuery query) {
        return signIn.call("intake", () -> tasks.count(query));
    }

    private static Function<TaskItem, Object> value(TaskSortKey key) {
        return switch (key) {
            case DUE -> TaskItem::dueAt;
            case CREATED -> TaskItem::createdAt;
            case FILING_NO -> TaskItem::filingNo;
            case SUBJECT -> TaskItem::subjectName;
            case MATTER -> TaskItem::matterCode;
            case TASK_NAME -> TaskItem::name;
        };
    }

    private String taskOf(Filing filing) {
        return jdbc.queryForObject("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", String.class,
                filing.processInstanceId());
    }

    private void setDue(String taskId, Instant due) {
        jdbc.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE ID_ = ?", Timestamp.from(due), taskId);
    }
}
