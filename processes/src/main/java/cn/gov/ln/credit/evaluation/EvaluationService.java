package cn.gov.ln.credit.evaluation;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.grade.GradeChange;
import cn.gov.ln.credit.grade.GradeRecord;
import cn.gov.ln.credit.grade.GradeService;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.SubjectRecordChanged;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public credit evaluation (公共信用综合评价) of organisations: each factor's value read from the record, scored by
 * the latest deployed {@code CreditEvaluation} model in memory, the total graded, and the law's floor applied
 * ({@link EvaluationRules}). The current evaluation is kept per subject; a grade change goes to the grade history
 * and is notified to the subject. A subject is evaluated again whenever its record changes
 * ({@link SubjectRecordChanged}, in the same transaction) and every night ({@link NightlyEvaluation}).
 */
@Service
public class EvaluationService {

    static final String NOTICE = "notice.evaluation.gradeChanged";
    static final String LINK = "my-evaluation";

    private final EvaluationModel model;
    private final List<EvaluationFactor> factors;
    private final EvaluationStore store;
    private final GradeService grades;
    private final NotificationService notifications;
    private final AuditService audit;
    private final AccessGuard guard;
    private final SubjectService subjects;
    private final Clock clock;

    EvaluationService(EvaluationModel model, List<EvaluationFactor> factors, EvaluationStore store,
            GradeService grades, NotificationService notifications, AuditService audit, AccessGuard guard,
            SubjectService subjects, Clock clock) {
        this.model = model;
        this.factors = List.copyOf(factors);
        this.store = store;
        this.grades = grades;
        this.notifications = notifications;
        this.audit = audit;
        this.guard = guard;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** What changed in one range of subjects. */
    record RangeResult(int subjects, int changed, List<GradeChange> gradeChanges) {
    }

    /** Evaluates the subject from its record now, without storing anything; natural persons are not evaluated. */
    @Transactional(readOnly = true)
    public Evaluation evaluate(long subjectId) {
        requireOrganisation(subjectId);
        Scorecard card = model.current();
        LocalDate today = LocalDate.now(clock);
        Map<String, Map<Long, Long>> values = read(subjectId, subjectId, today);
        return card.evaluate(subjectId, names(card), valuesOf(subjectId, values), now());
    }

    /** Evaluates the subject again and keeps the result; null for a natural person, who is never evaluated. */
    @Transactional
    public Evaluation recompute(long subjectId, String cause) {
        if (!EvaluationRules.evaluated(store.kindOf(subjectId))) {
            return null;
        }
        RangeResult result = evaluateRange(model.current(), subjectId, subjectId, LocalDate.now(clock), now(),
                cause);
        for (GradeChange change : result.gradeChanges()) {
            audit.record(Actor.SYSTEM, AuditActions.GRADE_EVALUATED, "subject", subjectId,
                    (change.from() == null ? "-" : change.from()) + " -> " + change.to() + " " + change.modelVersion()
                            + " " + cause);
        }
        return store.stored(subjectId);
    }

    @EventListener
    void onRecordChanged(SubjectRecordChanged event) {
        recompute(event.subjectId(), event.cause() == null ? "RECORD" : cut(event.cause()));
    }

    /** The signed-in subject's own evaluation and grade history. */
    @Transactional(readOnly = true)
    public EvaluationView mine() {
        Actor actor = guard.require(Permissions.OWN_CREDIT_FILE);
        if (actor.subjectId() == null) {
            throw new NotFoundException("subject", actor.username());
        }
        return view(actor.subjectId());
    }

    /** A subject's evaluation for an officer whose division covers the subject. */
    @Transactional(readOnly = true)
    public EvaluationView ofSubject(long subjectId) {
        Actor actor = guard.require(Permissions.SUBJECT_READ);
        CreditSubject subject = subjects.lookup(subjectId).orElseThrow(() -> new NotFoundException("subject",
                subjectId));
        guard.requireInScope(actor, subject.divisionCode(), "subject", subjectId);
        return view(subjectId);
    }

    /**
     * A subject's evaluation by its USCC, for department systems: scoped like the credit file API
     * ({@code CreditFileService.fileByIdentifier}), any subject in the province, with no division filter.
     */
    @Transactional(readOnly = true)
    public Optional<EvaluationView> byIdentifier(String identifier) {
        guard.require(Permissions.SUBJECT_READ);
        return subjects.lookupByIdentifier(identifier).map(s -> view(s.id()));
    }

    /** The model, the grade distribution of the officer's division and the last runs. */
    @Transactional(readOnly = true)
    public ModelOverview overview() {
        Actor actor = guard.require(Permissions.EVALUATION_OVERSEE);
        return new ModelOverview(model.current().version(), ModelSummary.tables(model.content()),
                store.distribution(actor.scopePrefix()), store.lastRuns(10));
    }

    private EvaluationView view(long subjectId) {
        requireOrganisation(subjectId);
        Evaluation current = store.stored(subjectId);
        if (current == null) {
            current = evaluate(subjectId);
        }
        List<GradeRecord> history = grades.history(subjectId);
        return new EvaluationView(current, history);
    }

    private void requireOrganisation(long subjectId) {
        String kind = store.kindOf(subjectId);
        if (kind == null) {
            throw new NotFoundException("subject", subjectId);
        }
        if (!EvaluationRules.evaluated(kind)) {
            throw new ConflictException("error.evaluation.naturalPerson");
        }
    }

    /**
     * Evaluates the organisations with ids in the range: one query per factor, the changed evaluations written in
     * batches, the grade changes recorded and notified. The caller holds the transaction.
     */
    RangeResult evaluateRange(Scorecard card, long fromId, long toId, LocalDate today, Instant at, String cause) {
        // Locked before anything is read, so a nightly chunk and a record change's recompute never both write
        // what they read before the other committed.
        store.lock(fromId, toId);
        List<EvaluationStore.Subject> organisations = store.organisations(fromId, toId);
        if (organisations.isEmpty()) {
            return new RangeResult(0, 0, List.of());
        }
        Map<String, Map<Long, Long>> values = read(fromId, toId, today);
        List<String> names = names(card);
        List<Evaluation> inserts = new ArrayList<>();
        List<Evaluation> updates = new ArrayList<>();
        List<GradeChange> changes = new ArrayList<>();
        for (EvaluationStore.Subject subject : organisations) {
            Evaluation evaluation = card.evaluate(subject.id(), names, valuesOf(subject.id(), values), at);
            if (subject.stored() == null) {
                inserts.add(evaluation);
            } else if (!evaluation.sameAs(subject.stored())) {
                updates.add(evaluation);
            }
            if (evaluation.grade() != subject.currentGrade()) {
                changes.add(new GradeChange(subject.id(), subject.currentGrade(), evaluation.grade(),
                        evaluation.score(), card.version()));
            }
        }
        store.insert(inserts, cause);
        store.update(updates, cause);
        grades.record(changes);
        if (!changes.isEmpty()) {
            Map<Long, List<String>> accounts = store.accounts(fromId, toId);
            for (GradeChange change : changes) {
                for (String account : accounts.getOrDefault(change.subjectId(), List.of())) {
                    notifications.notify(account, NOTICE, LINK, change.from() == null ? "-" : change.from().name(),
                            change.to().name(), change.score());
                }
            }
        }
        return new RangeResult(organisations.size(), inserts.size() + updates.size(), changes);
    }

    /** The factors in a stable order: the beans', then those only the model scores (their value is 0). */
    List<String> names(Scorecard card) {
        Set<String> names = new LinkedHashSet<>();
        factors.forEach(f -> names.add(f.name()));
        card.factorNames().stream().sorted().forEach(names::add);
        return List.copyOf(names);
    }

    private Map<String, Map<Long, Long>> read(long fromId, long toId, LocalDate today) {
        Map<String, Map<Long, Long>> values = new HashMap<>();
        for (EvaluationFactor factor : factors) {
            values.put(factor.name(), factor.values(fromId, toId, today));
        }
        return values;
    }

    private static Map<String, Long> valuesOf(long subjectId, Map<String, Map<Long, Long>> values) {
        Map<String, Long> own = new HashMap<>();
        values.forEach((name, bySubject) -> {
            Long value = bySubject.get(subjectId);
            if (value != null) {
                own.put(name, value);
            }
        });
        return own;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String cut(String cause) {
        return cause.length() > 32 ? cause.substring(0, 32) : cause;
    }
}
