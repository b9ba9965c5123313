package cn.gov.ln.credit.webapp.objection;

import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.objection.DisputableRecord;
import cn.gov.ln.credit.objection.NewObjection;
import cn.gov.ln.credit.objection.Objection;
import cn.gov.ln.credit.objection.ObjectionQueries;
import cn.gov.ln.credit.objection.ObjectionService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.legaldocument.CasePapers;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.shell.CardList;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.StatusFilter;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The applicant disputes a record about them and follows the answer, with the replies (异议处理答复书) to read;
 * {@code ?status=PENDING} (a count on 我的信用 links here) lists only the objections still being verified.
 */
@Route(value = "my-objections", layout = MainLayout.class)
@RequiresPermissions(Permissions.OBJECTION_FILE)
@MenuItem(label = "nav.myObjections", icon = "vaadin:comment-ellipsis-o", order = 9)
public class MyObjectionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String STATUS = "status";

    private final ObjectionService objections;
    private final ObjectionQueries queries;
    private final LegalDocuments documents;
    private Objection.ObjectionStatus filter;
    private Map<String, String> recordNames = Map.of();

    public MyObjectionsView(ObjectionService objections, ObjectionQueries queries, LegalDocuments documents) {
        this.objections = objections;
        this.queries = queries;
        this.documents = documents;
        addClassName("my-objections-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ListUrl.of(event.getLocation().getQueryParameters()).enumValue(STATUS,
                Objection.ObjectionStatus.class);
        show();
    }

    private Component card(Objection objection) {
        RecordCard card = new RecordCard(getTranslation("cards.objection.title", objection.objectionNo()))
                .status(UiSupport.label(this, objection.status()), objection.isPending() ? "" : "success")
                .fact(getTranslation("objection.record"), recordNames.get(objection.recordType() + "-"
                        + objection.recordId()))
                .fact(getTranslation("objection.ground"), UiSupport.label(this, objection.ground()))
                .fact(getTranslation("objection.description"), objection.description())
                .fact(getTranslation("objection.replyDue"), UiSupport.date(objection.replyDueOn()))
                .fact(getTranslation("objection.outcome"), objection.outcomeReason());
        if (objection.isPending()) {
            card.next(getTranslation("cards.objection.pending", UiSupport.date(objection.replyDueOn())));
        }
        card.setId("my-objection-" + objection.objectionNo());
        return card;
    }

    private void show() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("objections.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        add(new H2(getTranslation("nav.myObjections")), hint);
        ComboBox<DisputableRecord> record = new ComboBox<>(getTranslation("objection.record"));
        List<DisputableRecord> records = queries.myRecords();
        recordNames = records.stream().collect(Collectors.toMap(r -> r.type() + "-" + r.id(),
                DisputableRecord::summary, (a, b) -> a));
        record.setItems(records);
        record.setItemLabelGenerator(r -> UiSupport.label(this, r.type()) + "：" + r.summary()
                + (r.disputed() ? "（" + getTranslation("record.disputed") + "）" : ""));
        record.setWidthFull();
        record.setId("objection-record");
        Select<Objection.Ground> ground = new Select<>();
        ground.setLabel(getTranslation("objection.ground"));
        ground.setItems(Objection.Ground.values());
        ground.setItemLabelGenerator(g -> UiSupport.label(this, g));
        ground.setId("objection-ground");
        TextArea description = new TextArea(getTranslation("objection.description"));
        description.setMaxLength(2000);
        description.setWidthFull();
        description.setId("objection-description");
        Button submit = new Button(getTranslation("objection.submit"), e -> {
            DisputableRecord chosen = record.getValue();
            try {
                objections.raise(new NewObjection(chosen == null ? null : chosen.type(),
                        chosen == null ? null : chosen.id(), ground.getValue(), description.getValue(), null, null));
                UiSupport.success(getTranslation("objection.submitted"));
                show();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("recordId", record, "recordType", record, "ground", ground,
                        "description", description));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("objection-submit");
        FormLayout form = new FormLayout(record, ground, description);
        form.setColspan(record, 2);
        form.setColspan(description, 2);
        add(new H3(getTranslation("objection.new")), form, submit, new H3(getTranslation("objection.mine")));
        StatusFilter<Objection.ObjectionStatus> status = new StatusFilter<>(getTranslation("breach.status"),
                Objection.ObjectionStatus.values(), STATUS);
        status.show(filter);
        status.setId("my-objections-status");
        List<Objection> mine = queries.mine();
        CardList<Objection> list = new CardList<>(this::card);
        list.setEmptyText(getTranslation("cards.none"));
        list.setItems(mine.stream().filter(o -> filter == null || o.status() == filter).toList());
        list.setId("my-objections-list");
        List<LegalDocument> replies = mine.stream()
                .flatMap(o -> documents.ofCase(CaseType.OBJECTION, o.id()).stream()).toList();
        CasePapers papers = new CasePapers(documents, replies);
        papers.setId("my-objection-papers");
        add(status, list, new H3(getTranslation("casePapers.replies")), papers);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myObjections") + " · " + getTranslation("app.title");
    }
}
