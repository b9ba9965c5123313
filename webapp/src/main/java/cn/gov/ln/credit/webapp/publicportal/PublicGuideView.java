package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.webapp.filing.FileApplicationView;
import cn.gov.ln.credit.webapp.filing.MatterGuide;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;

/**
 * The guides of the permit matters (办事指南) for anyone, signed in or not: {@code public/guide} lists the matters
 * with a search, {@code public/guide/<code>} shows one matter's guide and the way to apply (sign-in first). It
 * reads only the catalogue, which is public reference data; nothing of any filing or person shows here.
 */
@Route(value = "public/guide", layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/journey.css")
public class PublicGuideView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final MatterService matters;
    /** Each line's provincial department by its full name: the public is not shown the line codes. */
    private final Map<String, String> lines;
    private String title = "";

    public PublicGuideView(MatterService matters, DepartmentService departments) {
        this.matters = matters;
        this.lines = departments.all().stream().filter(d -> DivisionCodes.PROVINCE.equals(d.divisionCode()))
                .collect(Collectors.toMap(Department::lineCode, Department::name, (a, b) -> a));
        addClassName("public-guide-view");
        setWidthFull();
    }

    /** The public portal's link to the guides. */
    public static RouterLink navLink() {
        RouterLink link = new RouterLink(PublicGuideView.class);
        link.setText(link.getTranslation("portal.nav.guide"));
        link.setId("public-nav-guide");
        return link;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        removeAll();
        PermitMatter matter = code == null ? null : matters.find(code).orElse(null);
        if (matter == null) {
            list();
        } else {
            one(matter);
        }
    }

    private void list() {
        title = getTranslation("guide.title");
        Paragraph intro = new Paragraph(getTranslation("guide.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("guide.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.getStyle().set("max-width", "30rem");
        search.setId("guide-search");
        Div cards = new Div();
        cards.setId("guide-matters");
        cards.setWidthFull();
        cards.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        search.addValueChangeListener(e -> fill(cards, e.getValue()));
        fill(cards, "");
        add(new H2(title), intro, search, cards);
    }

    private void fill(Div cards, String text) {
        cards.removeAll();
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<PermitMatter> found = matters.all().stream().filter(m -> wanted.isEmpty()
                || m.name().toLowerCase(Locale.ROOT).contains(wanted)
                || m.code().toLowerCase(Locale.ROOT).contains(wanted)).toList();
        for (PermitMatter matter : found) {
            Span name = new Span(matter.name());
            name.getStyle().set("font-weight", "600");
            Span meta = new Span(line(matter) + " · " + getTranslation("guide.timeLimit.days",
                    matter.statutoryDays()) + " · " + getTranslation(matter.acceptsPledgeInLieu()
                            ? "guide.card.pledgeOpen" : "guide.card.pledgeClosed"));
            meta.addClassName("guide-matter-meta");
            Anchor card = new Anchor(RouteConfiguration.forSessionScope().getUrl(PublicGuideView.class,
                    matter.code()), name, meta);
            card.addClassName("guide-matter-card");
            card.setId("guide-" + matter.code());
            cards.add(card);
        }
        if (found.isEmpty()) {
            Span empty = new Span(getTranslation("guide.empty"));
            empty.setId("guide-empty");
            cards.add(empty);
        }
    }

    private void one(PermitMatter matter) {
        title = matter.name() + " · " + getTranslation("guide.title");
        RouterLink back = new RouterLink(getTranslation("guide.back"), PublicGuideView.class);
        back.setId("guide-back");
        Anchor apply = new Anchor(RouteConfiguration.forSessionScope().getUrl(FileApplicationView.class),
                getTranslation("guide.apply"));
        apply.setId("guide-apply");
        apply.addClassName("guide-apply");
        Paragraph applyHint = new Paragraph(getTranslation("guide.apply.hint"));
        applyHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
                LumoUtility.Margin.NONE);
        add(back, new MatterGuide(matter, getTranslation("guide.department.line", line(matter))),
                apply, applyHint);
    }

    private String line(PermitMatter matter) {
        return lines.getOrDefault(matter.lineCode(), matter.lineCode());
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
