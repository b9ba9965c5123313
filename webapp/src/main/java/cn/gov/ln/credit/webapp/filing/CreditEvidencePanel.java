package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.creditcheck.CreditFacts;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;

/**
 * The evidence of every credit check of a filing: when and why it ran, which source answered, who asked, the
 * grade, and each list entry in force with the document it rests on.
 */
class CreditEvidencePanel extends VerticalLayout {

    private final PeopleNames people;

    /** {@code hitsOf}: a check's list entries, read by {@code CreditCheckService}, which owns their stored form. */
    CreditEvidencePanel(List<CreditCheckRecord> checks, Function<CreditCheckRecord, List<CreditFacts.Hit>> hitsOf,
            PeopleNames people) {
        this.people = people;
        people.load(checks, CreditCheckRecord::requestedBy);
        setPadding(false);
        setId("credit-evidence");
        if (checks.isEmpty()) {
            add(new Paragraph(getTranslation("filing.check.pending")));
            return;
        }
        for (CreditCheckRecord check : checks) {
            add(check(check, hitsOf.apply(check)));
        }
    }

    private Component check(CreditCheckRecord check, List<CreditFacts.Hit> hits) {
        H4 title = new H4(UiSupport.label(this, check.purpose()) + " · " + UiSupport.dateTime(check.checkedAt()));
        HorizontalLayout facts = new HorizontalLayout(
                UiSupport.badge(getTranslation("filing.check.grade", check.grade() == null
                        ? getTranslation("creditcheck.ungraded") : check.grade()), grade(check.grade())),
                check.dishonestyListed() ? UiSupport.badge(getTranslation("filing.check.dishonesty"), "error")
                        : UiSupport.badge(getTranslation("filing.check.notDishonest"), "success"),
                check.redListed() ? UiSupport.badge(getTranslation("filing.check.red"), "success") : new Span(),
                new Span(getTranslation("filing.check.breaches", check.openBreaches(), check.falsePledges())));
        facts.addClassName("check-facts");
        facts.setWrap(true);
        facts.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment
                .CENTER);
        Span source = new Span(getTranslation("filing.check.source", getTranslation("filing.check.source."
                + check.source()), people.of(this, check.requestedBy())));
        source.addClassName("hit-basis");
        Div box = new Div(title, facts, source);
        if (!hits.isEmpty()) {
            box.add(hits(hits));
        }
        box.addClassName("credit-check");
        box.setId("check-" + check.purpose().name().toLowerCase());
        return box;
    }

    private Grid<CreditFacts.Hit> hits(List<CreditFacts.Hit> hits) {
        Grid<CreditFacts.Hit> grid = new Grid<>();
        grid.addColumn(h -> getTranslation("enum.ListType." + h.listType())).setHeader(getTranslation(
                "filing.hit.list")).setAutoWidth(true);
        grid.addColumn(h -> h.tier() == null ? "" : getTranslation("enum.BreachTier." + h.tier()))
                .setHeader(getTranslation("filing.hit.tier")).setAutoWidth(true);
        grid.addColumn(h -> h.reason() + (h.underObjection() ? "（" + getTranslation("record.disputed") + "）" : ""))
                .setHeader(getTranslation("filing.hit.reason")).setFlexGrow(2);
        grid.addColumn(h -> getTranslation("enum.LegalBasisType." + h.basisType()) + " " + h.basisNumber() + " · "
                + h.basisIssuer() + " · " + h.basisDate()).setHeader(getTranslation("filing.hit.basis"))
                .setFlexGrow(3);
        grid.addColumn(h -> h.expiresOn() == null ? "—" : h.expiresOn()).setHeader(getTranslation(
                "filing.hit.expires")).setAutoWidth(true);
        grid.addColumn(CreditFacts.Hit::department).setHeader(getTranslation("filing.hit.department"));
        grid.setItems(hits);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("hits");
        return grid;
    }

    private static String grade(String grade) {
        if (grade == null) {
            return "contrast";
        }
        return switch (grade) {
            case "A" -> "success";
            case "D" -> "error";
            default -> "";
        };
    }
}
