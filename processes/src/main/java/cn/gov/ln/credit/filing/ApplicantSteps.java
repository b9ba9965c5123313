package cn.gov.ln.credit.filing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A filing as its applicant follows it (收件 → 受理 → 审批 → 办结): each step with the day it was done, the step it
 * stands in now, and what is expected of the applicant there (papers to supply by a day, or nothing but waiting).
 * Derived from the filing's status and timeline alone, so it reads the same on every screen and for every filing
 * however old; the officers keep the process diagram.
 */
public record ApplicantSteps(List<Step> steps, Stage current, Expectation expected) {

    /** The four steps every permit filing goes through. */
    public enum Stage {
        RECEIVE, ACCEPT, APPROVE, FINISH
    }

    /** One step: when it was done (null: not yet) and whether it ended the filing against the applicant. */
    public record Step(Stage stage, Instant doneAt, boolean refused) {

        public boolean done() {
            return doneAt != null;
        }
    }

    /** What the applicant is to do now: a message key under {@code journey.expect.} and its arguments. */
    public record Expectation(String key, List<Object> arguments, boolean actionNeeded) {
    }

    public static ApplicantSteps of(Filing filing, List<FilingEvent> events) {
        Instant accepted = last(events, "REVIEW_ACCEPTED");
        Instant notAccepted = last(events, "REJECTED_AT_INTAKE");
        Instant decided = filing.decidedAt() != null ? filing.decidedAt() : first(events, "APPROVED", "REJECTED");
        Instant ended = filing.isOpen() ? null : endOf(filing, events, decided, notAccepted);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Stage.RECEIVE, filing.receivedAt(), false));
        if (notAccepted != null) {
            steps.add(new Step(Stage.ACCEPT, notAccepted, true));
            steps.add(new Step(Stage.APPROVE, null, false));
        } else {
            steps.add(new Step(Stage.ACCEPT, accepted, false));
            steps.add(new Step(Stage.APPROVE, decided, filing.status() == FilingStatus.REJECTED));
        }
        steps.add(new Step(Stage.FINISH, ended, filing.status() != FilingStatus.APPROVED));
        Stage current = filing.isOpen() ? steps.stream().filter(s -> !s.done()).findFirst().map(Step::stage)
                .orElse(Stage.FINISH) : Stage.FINISH;
        if (current == Stage.RECEIVE) {
            current = Stage.ACCEPT;
        }
        return new ApplicantSteps(List.copyOf(steps), current, expectation(filing, events, notAccepted != null));
    }

    public Step step(Stage stage) {
        return steps.stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }

    private static Expectation expectation(Filing filing, List<FilingEvent> events, boolean notAccepted) {
        return switch (filing.status()) {
            case PAPERS_REQUESTED -> new Expectation("papers", List.of(lastArgument(events, "PAPERS_REQUESTED"),
                    filing.papersDueOn() == null ? "" : filing.papersDueOn()), true);
            case APPROVED -> new Expectation("approved", List.of(), false);
            case REJECTED -> new Expectation(notAccepted ? "notAccepted" : "rejected", List.of(), false);
            case CLOSED -> new Expectation(notAccepted ? "notAccepted" : "closed", List.of(), false);
            case REVOKED -> new Expectation("revoked", List.of(), false);
            default -> new Expectation("wait", List.of(filing.dueOn()), false);
        };
    }

    private static Instant endOf(Filing filing, List<FilingEvent> events, Instant decided, Instant notAccepted) {
        if (filing.status() == FilingStatus.REVOKED || filing.status() == FilingStatus.APPROVED
                || filing.status() == FilingStatus.REJECTED) {
            return decided != null ? decided : notAccepted != null ? notAccepted : lastAny(events);
        }
        Instant closed = last(events, "CLOSED_PAPERS_MISSING");
        return closed != null ? closed : notAccepted != null ? notAccepted : lastAny(events);
    }

    private static Instant first(List<FilingEvent> events, String... types) {
        for (FilingEvent event : events) {
            for (String type : types) {
                if (type.equals(event.eventType())) {
                    return event.occurredAt();
                }
            }
        }
        return null;
    }

    private static Instant last(List<FilingEvent> events, String type) {
        Instant found = null;
        for (FilingEvent event : events) {
            if (type.equals(event.eventType())) {
                found = event.occurredAt();
            }
        }
        return found;
    }

    private static Object lastArgument(List<FilingEvent> events, String type) {
        Object found = "";
        for (FilingEvent event : events) {
            if (type.equals(event.eventType()) && !event.arguments().isEmpty()) {
                found = event.arguments().get(0);
            }
        }
        return found;
    }

    private static Instant lastAny(List<FilingEvent> events) {
        return events.isEmpty() ? null : events.get(events.size() - 1).occurredAt();
    }
}
