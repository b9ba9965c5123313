package cn.gov.ln.credit.webapp.evaluation;

import cn.gov.ln.credit.evaluation.Evaluation;
import cn.gov.ln.credit.evaluation.EvaluationView;
import cn.gov.ln.credit.evaluation.FactorScore;
import cn.gov.ln.credit.grade.CreditGrade;
import cn.gov.ln.credit.grade.GradeRecord;
import cn.gov.ln.credit.grade.GradeSource;
import cn.gov.ln.credit.webapp.shell.CardList;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * A subject's public credit evaluation as cards, readable on a phone: the grade with its score, date and model
 * version, every factor with its value and score, and the grade history.
 */
public class EvaluationPanel extends Div {

    public EvaluationPanel(EvaluationView view) {
        addClassName("evaluation-panel");
        Evaluation current = view.current();
        RecordCard summary = new RecordCard(UiSupport.label(this, current.grade()))
                .status(getTranslation("evaluation.score", current.score()), theme(current.grade()))
                .fact(getTranslation("evaluation.evaluatedOn"), UiSupport.dateTime(current.evaluatedAt()))
                .fact(getTranslation("evaluation.modelVersion"), current.modelVersion())
                .next(getTranslation("evaluation.scale"));
        summary.setId("evaluation-summary");

        CardList<FactorScore> factors = new CardList<>(f -> new RecordCard(factorLabel(f.name()))
                .status(signed(f.score()), f.score() < 0 ? "error" : f.score() > 0 ? "success" : "contrast")
                .fact(getTranslation("evaluation.factorValue"), Long.toString(f.value()))
                .fact(getTranslation("evaluation.factorScore"), signed(f.score())));
        factors.setItems(current.factors());
        factors.setId("evaluation-factors");

        CardList<GradeRecord> history = new CardList<>(r -> new RecordCard(UiSupport.label(this, r.grade()))
                .fact(getTranslation("creditFile.score"), r.score() == null ? null : r.score().toPlainString())
                .fact(getTranslation("creditFile.evaluatedOn"), UiSupport.date(r.evaluatedOn()))
                .fact(getTranslation("creditFile.source"), gradeSource(this, r.source())));
        history.setEmptyText(getTranslation("cards.none"));
        history.setItems(view.history());
        history.setId("evaluation-history");

        add(summary, new H3(getTranslation("evaluation.factors")), factors,
                new H3(getTranslation("evaluation.history")), history);
    }

    /** A grade record's source in the reader's language (old rows hold Chinese text, read as their code). */
    public static String gradeSource(Component context, String stored) {
        GradeSource source = GradeSource.of(stored);
        return source.messageKey() == null ? source.argument()
                : context.getTranslation(source.messageKey(), source.argument());
    }

    private String factorLabel(String name) {
        String key = "evaluation.factor." + name;
        String label = getTranslation(key);
        return label.startsWith("!") ? name : label;
    }

    private static String signed(int score) {
        return score > 0 ? "+" + score : Integer.toString(score);
    }

    static String theme(CreditGrade grade) {
        return switch (grade) {
            case A, B -> "success";
            case C -> "contrast";
            case D -> "error";
        };
    }
}
