package cn.gov.ln.credit.webapp.pledge;

import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeEvent;
import cn.gov.ln.credit.pledge.PledgeFulfilment;
import cn.gov.ln.credit.pledge.PledgeLetter;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.printing.VerificationCodes;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * One pledge: the signed record, its registry events, the letter to download, and the actions the viewer may
 * take (the pledger withdraws, an officer records the fulfilment). Access is decided by the service: a pledge
 * the viewer may not see answers 404.
 */
@Route(value = "pledges", layout = MainLayout.class)
@RequiresAuthentication
public class PledgeDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PledgeService pledges;
    private final PledgeQueries queries;
    private final PledgeFulfilment fulfilment;
    private final PledgeLetter letters;
    private final AccessGuard guard;
    private String code = "";

    public PledgeDetailView(PledgeService pledges, PledgeQueries queries, PledgeFulfilment fulfilment,
            PledgeLetter letters, AccessGuard guard) {
        this.pledges = pledges;
        this.queries = queries;
        this.fulfilment = fulfilment;
        this.letters = letters;
        this.guard = guard;
        addClassName("pledge-detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        code = parameter;
        show(queries.get(parameter));
    }

    private void show(PledgeView view) {
        removeAll();
        Pledge p = view.pledge();
        Span status = new Span(UiSupport.label(this, p.status()));
        status.getElement().getThemeList().add("badge" + (p.status() == cn.gov.ln.credit.pledge.PledgeStatus.SIGNED
                ? " success" : " contrast"));
        status.setId("pledge-status");
        H2 title = new H2(view.templateTitle());
        add(title, new HorizontalLayout(new Span(getTranslation("pledge.recordCode") + "："), code(p), status),
                record(view), text("pledge.content", p.content()), text("pledge.liability", p.liability()),
                new H3(getTranslation("pledge.events")), events(view), actions(view));
    }

    private Span code(Pledge p) {
        Span code = new Span(p.recordCode() == null ? getTranslation("pledge.unsigned") : p.recordCode());
        code.setId("pledge-code");
        return code;
    }

    private FormLayout record(PledgeView view) {
        Pledge p = view.pledge();
        FormLayout form = new FormLayout();
        form.addFormItem(new Span(p.pledgerName()), getTranslation("pledge.pledger"));
        form.addFormItem(new Span(UiSupport.label(this, p.pledgerCategory())), getTranslation("pledge.category"));
        form.addFormItem(new Span(view.identifierShown()), getTranslation("subject.identifier"));
        form.addFormItem(new Span(UiSupport.label(this, p.pledgeType())), getTranslation("pledge.type"));
        form.addFormItem(new Span(view.matterName() == null ? "—" : view.matterName()),
                getTranslation("pledge.matter"));
        form.addFormItem(new Span(p.reason()), getTranslation("pledge.reason"));
        form.addFormItem(new Span(p.acceptingUnitName() == null ? "—" : p.acceptingUnitName()),
                getTranslation("pledge.acceptingUnit"));
        form.addFormItem(new Span(UiSupport.label(this, p.publicity())), getTranslation("pledge.publicity"));
        form.addFormItem(new Span(UiSupport.date(p.pledgeDate()) + " ~ " + UiSupport.date(p.validUntil())),
                getTranslation("pledge.validity"));
        form.addFormItem(new Span(p.fulfillmentStatus() == null ? getTranslation("pledge.notDetermined")
                : UiSupport.label(this, p.fulfillmentStatus())), getTranslation("pledge.fulfillment"));
        form.addFormItem(new Span(UiSupport.dateTime(p.signedAt()) + " · " + UiSupport.label(this, p.channel())),
                getTranslation("pledge.signedAt"));
        if (p.letterHash() != null) {
            Span hash = new Span(p.letterHash());
            hash.setId("pledge-hash");
            hash.addClassName("monospace");
            form.addFormItem(hash, getTranslation("pledge.letterHash"));
        }
        if (p.verificationCode() != null) {
            Span code = new Span(VerificationCodes.grouped(p.verificationCode()));
            code.setId("pledge-verification-code");
            code.addClassName("monospace");
            form.addFormItem(code, getTranslation("pledge.verificationCode"));
        }
        return form;
    }

    private Component text(String key, String value) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation(key)), new Paragraph(value));
        box.setPadding(false);
        box.addClassName("pledge-text");
        return box;
    }

    private Grid<PledgeEvent> events(PledgeView view) {
        Grid<PledgeEvent> grid = new Grid<>();
        grid.addColumn(e -> UiSupport.dateTime(e.occurredAt())).setHeader(getTranslation("pledge.event.time"));
        grid.addColumn(e -> UiSupport.label(this, e.eventType())).setHeader(getTranslation("pledge.event.type"));
        grid.addColumn(e -> e.fulfillmentStatus() == null ? "" : UiSupport.label(this, e.fulfillmentStatus()))
                .setHeader(getTranslation("pledge.fulfillment"));
        grid.addColumn(e -> String.join(" ", nonNull(e.unfulfilledContent()), nonNull(e.actionTaken()),
                nonNull(e.note()), nonNull(e.relatedCode())).strip()).setHeader(getTranslation("pledge.event.detail"))
                .setFlexGrow(3);
        grid.addColumn(e -> nonNull(e.determiningUnit())).setHeader(getTranslation("pledge.event.unit"));
        grid.addColumn(PledgeEvent::actor).setHeader(getTranslation("pledge.event.actor"));
        grid.setItems(view.events());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("pledge-events");
        return grid;
    }

    private HorizontalLayout actions(PledgeView view) {
        Pledge p = view.pledge();
        HorizontalLayout actions = new HorizontalLayout();
        if (p.recordCode() != null) {
            StreamResource pdf = new StreamResource(PledgeLetter.fileName(p),
                    () -> new ByteArrayInputStream(letters.render(queries.forLetter(p.recordCode()))));
            pdf.setContentType("application/pdf");
            Anchor download = new Anchor(pdf, "");
            download.getElement().setAttribute("download", true);
            Button button = new Button(getTranslation("pledge.letter"), VaadinIcon.DOWNLOAD.create());
            download.add(button);
            download.setId("pledge-letter");
            actions.add(download);
        }
        if (view.withdrawable()) {
            Button withdraw = new Button(getTranslation("pledge.withdraw"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> new WithdrawDialog(pledges, p.recordCode(), () -> show(queries.get(code))).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setId("pledge-withdraw");
            actions.add(withdraw);
        }
        if (p.status() == cn.gov.ln.credit.pledge.PledgeStatus.SIGNED
                && guard.isPermitted(Permissions.PLEDGE_DETERMINE)) {
            Button determine = new Button(getTranslation("pledge.determine"), VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> new DeterminationDialog(fulfilment, p.recordCode(), () -> show(queries.get(code))).open());
            determine.setId("pledge-determine");
            actions.add(determine);
        }
        return actions;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pledge.title", code) + " · " + getTranslation("app.title");
    }
}
