package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.FilingDocuments;
import cn.gov.ln.credit.matter.PermitMaterial;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A matter's guide (办事指南), the one shown before filing, in the catalogue and on the public portal: the time
 * limit, fees, handling department, whether the pledge route (告知承诺) is open and why not, the legal basis, the
 * conditions and the materials (required or optional, which a pledge replaces, which types and size). Plain
 * blocks that wrap, so it reads on a phone.
 */
@StyleSheet("context://styles/journey.css")
public class MatterGuide extends Div {

    private final String ids;

    /** @param department the handling department as the reader should know it */
    public MatterGuide(PermitMatter matter, String department) {
        this(matter, department, "guide");
    }

    /** As above, its parts' ids starting with {@code ids} where a page shows several guides. */
    public MatterGuide(PermitMatter matter, String department, String ids) {
        this.ids = ids;
        addClassName("matter-guide");
        setId("guide".equals(ids) ? "matter-guide" : ids);
        H3 title = new H3(matter.name());
        title.addClassNames("guide-title", "data-title");
        Span code = new Span(matter.code());
        code.addClassName("guide-code");
        add(title, code);
        Div facts = new Div();
        facts.addClassName("guide-facts");
        facts.add(fact("guide.timeLimit", new Span(getTranslation("guide.timeLimit.days", matter.statutoryDays())),
                "guide-time-limit"));
        facts.add(fact("guide.fees", new Span(matter.fees() == null || matter.fees().isBlank()
                ? getTranslation("guide.fees.none") : matter.fees()), "guide-fees"));
        facts.add(fact("guide.department", new Span(department), "guide-department"));
        facts.add(fact("guide.pledge", pledgeRoute(matter), "guide-pledge"));
        add(facts);
        add(section("guide.basis", new Span(matter.legalBasis()), "guide-basis"));
        OrderedList conditions = new OrderedList();
        matter.conditionList().forEach(c -> conditions.add(new ListItem(c)));
        add(section("guide.conditions", conditions, "guide-conditions"));
        UnorderedList materials = new UnorderedList();
        materials.addClassName("guide-material-list");
        matter.materials().forEach(m -> materials.add(material(m, matter.acceptsPledgeInLieu())));
        add(section("guide.materials", materials, "guide-materials"));
    }

    /** Whether a signed pledge may replace certificates, with the reason when it may not. */
    private Component pledgeRoute(PermitMatter matter) {
        if (matter.acceptsPledgeInLieu()) {
            return line(UiSupport.badge(getTranslation("matter.inLieu"), "success"),
                    new Span(getTranslation("guide.pledge.open")));
        }
        String reason = matter.highRisk() ? "guide.pledge.highRisk" : "guide.pledge.notInCatalogue";
        return line(UiSupport.badge(getTranslation("matter.noInLieu"), matter.highRisk() ? "error" : "contrast"),
                new Span(getTranslation(reason)));
    }

    private ListItem material(PermitMaterial material, boolean pledgeOpen) {
        Span name = new Span(material.name());
        name.addClassName("guide-material-name");
        ListItem item = new ListItem(name, UiSupport.badge(getTranslation(material.required()
                ? "guide.material.required" : "guide.material.optional"), material.required() ? "" : "contrast"));
        if (pledgeOpen && material.replacedByPledge()) {
            item.add(UiSupport.badge(getTranslation("guide.material.replaced"), "success"));
        }
        Span format = new Span(getTranslation("guide.material.format", FilingDocuments.typeNames(material.types()),
                material.maxMegabytes()));
        format.addClassName("guide-material-format");
        item.add(format);
        item.addClassName("guide-material");
        return item;
    }

    private Div fact(String label, Component value, String id) {
        Div fact = new Div();
        fact.addClassName("guide-fact");
        Span name = new Span(getTranslation(label));
        name.addClassName("guide-label");
        fact.add(name, value);
        fact.setId(id.replaceFirst("^guide", ids));
        return fact;
    }

    private Div section(String label, Component content, String id) {
        Div section = new Div(new H4(getTranslation(label)), content);
        section.addClassName("guide-section");
        section.setId(id.replaceFirst("^guide", ids));
        return section;
    }

    private static Span line(Component... parts) {
        Span line = new Span(parts);
        line.addClassName("guide-line");
        return line;
    }
}
