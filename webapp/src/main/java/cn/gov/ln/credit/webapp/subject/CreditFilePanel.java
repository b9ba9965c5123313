package cn.gov.ln.credit.webapp.subject;

import cn.gov.ln.credit.creditfile.CreditFile;
import cn.gov.ln.credit.grade.GradeRecord;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.subject.SubjectView;
import cn.gov.ln.credit.webapp.shell.CardList;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.evaluation.EvaluationPanel;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Supplier;

/** A subject's credit file: identity, grade history, and every list entry with the document it rests on. */
public class CreditFilePanel extends VerticalLayout {

    public CreditFilePanel(CreditFile file, Supplier<Component> identityAction) {
        this(file, identityAction, false);
    }

    private CreditFilePanel(CreditFile file, Supplier<Component> identityAction, boolean cards) {
        setPadding(false);
        addClassName("credit-file");
        add(identity(file.subject(), identityAction), new H3(getTranslation("creditFile.grades")),
                cards ? gradeCards(file) : grades(file), new H3(getTranslation("creditFile.listings")),
                cards ? listingCards(file) : listings(file));
    }

    /**
     * The file as its subject reads it, on a phone as often as not: grades and list entries as cards that wrap,
     * where the officers' screen keeps its tables.
     */
    public static CreditFilePanel asCards(CreditFile file) {
        return new CreditFilePanel(file, null, true);
    }

    private CardList<GradeRecord> gradeCards(CreditFile file) {
        CardList<GradeRecord> list = new CardList<>(r -> new RecordCard(UiSupport.label(this, r.grade()))
                .fact(getTranslation("creditFile.score"), r.score() == null ? null : r.score().toPlainString())
                .fact(getTranslation("creditFile.evaluatedOn"), UiSupport.date(r.evaluatedOn()))
                .fact(getTranslation("creditFile.validUntil"), UiSupport.date(r.validUntil()))
                .fact(getTranslation("creditFile.source"), EvaluationPanel.gradeSource(this, r.source())));
        list.setEmptyText(getTranslation("cards.none"));
        list.setItems(file.grades());
        list.setId("grade-history");
        return list;
    }

    private CardList<ListEntry> listingCards(CreditFile file) {
        CardList<ListEntry> list = new CardList<>(e -> {
            RecordCard card = new RecordCard(e.reason())
                    .status(UiSupport.label(this, e.status()), "contrast")
                    .fact(getTranslation("listing.type"), UiSupport.label(this, e.listType()))
                    .fact(getTranslation("listing.tier"), UiSupport.label(this, e.tier()))
                    .fact(getTranslation("listing.basis"), UiSupport.label(this, e.basisType()) + " " + e.basisNumber())
                    .fact(getTranslation("listing.issuer"), e.basisIssuer())
                    .fact(getTranslation("listing.period"), UiSupport.date(e.listedOn()) + " ~ "
                            + UiSupport.date(e.expiresOn()));
            if (e.disputed()) {
                card.status(getTranslation("record.disputed"), "error");
            }
            return card;
        });
        list.setEmptyText(getTranslation("cards.none"));
        list.setItems(file.listEntries());
        list.setId("list-entries");
        return list;
    }

    private FormLayout identity(SubjectView subject, Supplier<Component> identityAction) {
        FormLayout form = new FormLayout();
        form.addClassName("subject-identity");
        form.addFormItem(value(subject.name(), "subject-name"), getTranslation("subject.name"));
        form.addFormItem(value(UiSupport.label(this, subject.kind()), "subject-kind"), getTranslation("subject.kind"));
        Span identifier = value(subject.identifier(), "subject-identifier");
        form.addFormItem(identityAction == null ? identifier : new Span(identifier, identityAction.get()),
                getTranslation(subject.kind().usesUscc() ? "subject.uscc" : "subject.citizenId"));
        form.addFormItem(value(UiSupport.label(this, subject.identifierStatus()), "subject-identifier-status"),
                getTranslation("subject.identifierStatus"));
        form.addFormItem(value(subject.divisionName(), "subject-division"), getTranslation("subject.division"));
        if (subject.legalRepresentative() != null) {
            form.addFormItem(value(subject.legalRepresentative(), "subject-representative"),
                    getTranslation("subject.legalRepresentative"));
        }
        form.addFormItem(value(subject.currentGrade() == null ? getTranslation("subject.noGrade")
                : getTranslation("enum.CreditGrade." + subject.currentGrade()), "subject-grade"),
                getTranslation("subject.grade"));
        return form;
    }

    private Grid<GradeRecord> grades(CreditFile file) {
        Grid<GradeRecord> grid = new Grid<>();
        grid.addColumn(r -> UiSupport.label(this, r.grade())).setHeader(getTranslation("subject.grade"));
        grid.addColumn(r -> r.score() == null ? "" : r.score().toPlainString())
                .setHeader(getTranslation("creditFile.score"));
        grid.addColumn(r -> UiSupport.date(r.evaluatedOn())).setHeader(getTranslation("creditFile.evaluatedOn"));
        grid.addColumn(r -> UiSupport.date(r.validUntil())).setHeader(getTranslation("creditFile.validUntil"));
        grid.addColumn(GradeRecord::source).setHeader(getTranslation("creditFile.source")).setFlexGrow(2);
        grid.setItems(file.grades());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("grade-history");
        return grid;
    }

    private Grid<ListEntry> listings(CreditFile file) {
        Grid<ListEntry> grid = new Grid<>();
        grid.addColumn(e -> UiSupport.label(this, e.listType())).setHeader(getTranslation("listing.type"));
        grid.addColumn(e -> UiSupport.label(this, e.tier())).setHeader(getTranslation("listing.tier"));
        grid.addColumn(ListEntry::reason).setHeader(getTranslation("listing.reason")).setFlexGrow(3);
        grid.addColumn(e -> UiSupport.label(this, e.basisType()) + " " + e.basisNumber())
                .setHeader(getTranslation("listing.basis")).setFlexGrow(2);
        grid.addColumn(ListEntry::basisIssuer).setHeader(getTranslation("listing.issuer")).setFlexGrow(2);
        grid.addColumn(e -> UiSupport.date(e.listedOn()) + " ~ " + UiSupport.date(e.expiresOn()))
                .setHeader(getTranslation("listing.period")).setFlexGrow(2);
        grid.addColumn(e -> UiSupport.label(this, e.status()) + (e.disputed() ? " · "
                + getTranslation("record.disputed") : "")).setHeader(getTranslation("listing.status"));
        grid.setItems(file.listEntries());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("list-entries");
        return grid;
    }

    private static Span value(String text, String id) {
        Span span = new Span(text == null ? "" : text);
        span.setId(id);
        return span;
    }
}
