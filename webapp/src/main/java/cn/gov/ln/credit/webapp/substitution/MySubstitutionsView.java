package cn.gov.ln.credit.webapp.substitution;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.substitution.NewSubstitution;
import cn.gov.ln.credit.substitution.Substitution;
import cn.gov.ln.credit.substitution.Substitutions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Substitution (代理): an officer names a substitute of the department for a period of absence (a supervisor may
 * name one for a colleague), sees the substitutions that concern them and revokes one before it ends.
 */
@Route(value = "my-substitutions", layout = MainLayout.class)
@RequiresPermissions(Permissions.TASK_WORK)
@MenuItem(label = "delegation.nav", icon = "vaadin:user-clock", order = 2, section = "nav.section.work")
public class MySubstitutionsView extends VerticalLayout implements HasDynamicTitle {

    private final Substitutions substitutions;
    private final Clock clock;
    private final Actor actor;
    private final ComboBox<Substitutions.Colleague> absent = new ComboBox<>();
    private final ComboBox<Substitutions.Colleague> substitute = new ComboBox<>();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final Grid<Substitution> grid = new Grid<>();
    private final Span total = new Span();

    public MySubstitutionsView(Substitutions substitutions, AccessGuard guard, Clock clock) {
        this.substitutions = substitutions;
        this.clock = clock;
        this.actor = guard.current();
        addClassName("substitutions-view");
        setSizeFull();
        add(new H2(getTranslation("delegation.title")), new Paragraph(getTranslation("delegation.explain")), form(),
                new H3(getTranslation("delegation.list")), total, grid());
        refresh();
    }

    private Component form() {
        Substitutions.Colleagues colleagues = substitutions.colleagues();
        absent.setLabel(getTranslation("delegation.absent"));
        absent.setItems(colleagues.absent());
        absent.setItemLabelGenerator(Substitutions.Colleague::displayName);
        colleagues.absent().stream().filter(c -> c.username().equals(actor.username())).findFirst()
                .ifPresent(absent::setValue);
        absent.setReadOnly(colleagues.absent().size() <= 1);
        absent.setId("substitution-absent");
        substitute.setLabel(getTranslation("delegation.substitute"));
        substitute.setItems(colleagues.substitutes());
        substitute.setItemLabelGenerator(c -> c.displayName() + "（" + c.username() + "）");
        substitute.setId("substitution-substitute");
        substitute.setWidth("16rem");
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        startsAt.setLabel(getTranslation("delegation.startsAt"));
        startsAt.setValue(now);
        startsAt.setId("substitution-starts");
        endsAt.setLabel(getTranslation("delegation.endsAt"));
        endsAt.setValue(now.plusDays(1));
        endsAt.setId("substitution-ends");
        Button name = new Button(getTranslation("delegation.name"), e -> name());
        name.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        name.setId("substitution-name");
        HorizontalLayout form = new HorizontalLayout(absent, substitute, startsAt, endsAt, name);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void name() {
        try {
            substitutions.name(new NewSubstitution(absent.getValue() == null ? null : absent.getValue().username(),
                    substitute.getValue() == null ? null : substitute.getValue().username(), instant(startsAt),
                    instant(endsAt)));
            UiSupport.success(getTranslation("delegation.named"));
            substitute.clear();
            refresh();
        } catch (BusinessException e) {
            UiSupport.showError(this, e, Map.of("absent", absent, "substitute", substitute, "startsAt", startsAt,
                    "endsAt", endsAt));
        }
    }

    private Instant instant(DateTimePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().atZone(clock.getZone()).toInstant();
    }

    private Grid<Substitution> grid() {
        grid.setId("substitutions-grid");
        grid.setSizeFull();
        grid.addColumn(Substitution::absentName).setHeader(getTranslation("delegation.absent")).setAutoWidth(true);
        grid.addColumn(Substitution::substituteName).setHeader(getTranslation("delegation.substitute"))
                .setAutoWidth(true);
        grid.addColumn(s -> UiSupport.dateTime(s.startsAt())).setHeader(getTranslation("delegation.startsAt"))
                .setAutoWidth(true);
        grid.addColumn(s -> UiSupport.dateTime(s.endsAt())).setHeader(getTranslation("delegation.endsAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("delegation.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private Component state(Substitution s) {
        Instant now = clock.instant();
        if (s.revokedAt() != null) {
            return UiSupport.badge(getTranslation("delegation.state.revoked"), "contrast");
        }
        if (s.isInForceAt(now)) {
            return UiSupport.badge(getTranslation("delegation.state.inForce"), "success");
        }
        return s.isOver(now) ? UiSupport.badge(getTranslation("delegation.state.ended"), "contrast")
                : UiSupport.badge(getTranslation("delegation.state.upcoming"), "");
    }

    private Component actions(Substitution s) {
        if (s.isOver(clock.instant())) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("delegation.revoke"), e -> {
            try {
                substitutions.revoke(s.id());
                UiSupport.success(getTranslation("delegation.revoked"));
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of());
            }
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setId("revoke-substitution-" + s.id());
        return revoke;
    }

    private void refresh() {
        List<Substitution> current = substitutions.current();
        grid.setItems(current);
        total.setId("substitutions-total");
        total.setText(getTranslation("common.total", current.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegation.title") + " · " + getTranslation("app.title");
    }
}
