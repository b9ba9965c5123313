package cn.gov.ln.credit.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.filing.ApplicantSteps.Stage;
import cn.gov.ln.credit.shared.MessageArgs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The applicant's steps read from a filing's status and timeline, at each point a filing can stand. */
class ApplicantStepsTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 29);

    private final List<FilingEvent> events = new ArrayList<>();

    @Test
    void aFilingJustReceivedWaitsForAcceptanceAndAsksNothing() {
        event("FILED", 0, "portal", "食品经营许可");
        ApplicantSteps steps = ApplicantSteps.of(filing(FilingStatus.IN_REVIEW, null, null), events);
        assertThat(steps.step(Stage.RECEIVE).doneAt()).isEqualTo(RECEIVED);
        assertThat(steps.step(Stage.ACCEPT).done()).isFalse();
        assertThat(steps.current()).isEqualTo(Stage.ACCEPT);
        assertThat(steps.expected().key()).isEqualTo("wait");
        assertThat(steps.expected().arguments()).containsExactly(DUE);
        assertThat(steps.expected().actionNeeded()).isFalse();
    }

    @Test
    void papersRequestedAfterAcceptanceAskTheApplicantForThemByTheirDay() {
        event("FILED", 0, "portal", "食品经营许可");
        event("REVIEW_ACCEPTED", 60, "");
        event("PAPERS_REQUESTED", 120, "产品检验合格报告", "2026-12-08");
        LocalDate papersDue = LocalDate.of(2026, 12, 8);
        ApplicantSteps steps = ApplicantSteps.of(filing(FilingStatus.PAPERS_REQUESTED, papersDue, null), events);
        assertThat(steps.step(Stage.ACCEPT).doneAt()).isEqualTo(RECEIVED.plusSeconds(60));
        assertThat(steps.current()).isEqualTo(Stage.APPROVE);
        assertThat(steps.expected().key()).isEqualTo("papers");
        assertThat(steps.expected().arguments()).containsExactly("产品检验合格报告", papersDue);
        assertThat(steps.expected().actionNeeded()).isTrue();
    }

    @Test
    void anApprovedFilingHasEveryStepDone() {
        event("FILED", 0, "portal", "食品经营许可");
        event("REVIEW_ACCEPTED", 60, "");
        event("APPROVED", 600, "");
        Filing approved = filing(FilingStatus.APPROVED, null, RECEIVED.plusSeconds(600));
        ApplicantSteps steps = ApplicantSteps.of(approved, events);
        assertThat(steps.steps()).allMatch(ApplicantSteps.Step::done).noneMatch(ApplicantSteps.Step::refused);
        assertThat(steps.step(Stage.FINISH).doneAt()).isEqualTo(RECEIVED.plusSeconds(600));
        assertThat(steps.current()).isEqualTo(Stage.FINISH);
        assertThat(steps.expected().key()).isEqualTo("approved");
    }

    @Test
    void aFilingNotAcceptedEndsAtAcceptanceAndSkipsTheDecision() {
        event("FILED", 0, "portal", "食品经营许可");
        event("REJECTED_AT_INTAKE", 60, "不属于本部门职权范围");
        ApplicantSteps steps = ApplicantSteps.of(filing(FilingStatus.REJECTED, null, RECEIVED.plusSeconds(60)),
                events);
        assertThat(steps.step(Stage.ACCEPT).refused()).isTrue();
        assertThat(steps.step(Stage.APPROVE).done()).isFalse();
        assertThat(steps.step(Stage.FINISH).done()).isTrue();
        assertThat(steps.expected().key()).isEqualTo("notAccepted");
    }

    private void event(String type, long seconds, Object... args) {
        events.add(new FilingEvent(events.size() + 1, 1, type, MessageArgs.encode(args), "someone",
                RECEIVED.plusSeconds(seconds)));
    }

    private static Filing filing(FilingStatus status, LocalDate papersDue, Instant decidedAt) {
        Decision decision = status == FilingStatus.APPROVED ? Decision.APPROVE
                : status == FilingStatus.REJECTED ? Decision.REJECT : null;
        return new Filing(1, "BJ2026120100000001", "LN-SCJG-001", 1, "applicant", FilingChannel.PORTAL, 1, "210100",
                null, null, false, null, null, null, null, status, RECEIVED, DUE, papersDue, decision, null,
                decidedAt, null, null, "applicant");
    }
}
