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
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The applicant disputes a record about them and follows the answer, with the replies (异议处理答复书) to read. */
@Route(value = "my-objections", layout = MainLayout.class)
@RequiresPermissions(Permissions.OBJECTION_FILE)
@MenuItem(label = "nav.myObjections", icon = "vaadin:comment-ellipsis-o", order = 9)
public class MyObjectionsView extends VerticalLayout implements HasDynamicTitle {

    private final ObjectionService objections;
    private final ObjectionQueries queries;
    private final LegalDocuments documents;

    public MyObjectionsView(ObjectionService objections, ObjectionQueries queries, LegalDocuments documents) {
        this.objections = objections;
        this.queries = queries;
        this.documents = documents;
        addClassName("my-objections-view");
        show();
    }

    private void show() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("objections.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        add(new H2(getTranslation("nav.myObjections")), hint);
        ComboBox<DisputableRecord> record = new ComboBox<>(getTranslation("objection.record"));
        record.setItems(queries.myRecords());
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
        Grid<Objection> grid = new Grid<>();
        grid.addColumn(Objection::objectionNo).setHeader(getTranslation("objection.no")).setAutoWidth(true);
        grid.addColumn(o -> UiSupport.label(this, o.ground())).setHeader(getTranslation("objection.ground"))
                .setAutoWidth(true);
        grid.addColumn(o -> UiSupport.date(o.replyDueOn())).setHeader(getTranslation("objection.replyDue"))
                .setAutoWidth(true);
        grid.addComponentColumn(o -> UiSupport.badge(UiSupport.label(this, o.status()), o.isPending() ? "" : "success"))
                .setHeader(getTranslation("breach.status")).setAutoWidth(true);
        grid.addColumn(o -> o.outcomeReason() == null ? "" : o.outcomeReason())
                .setHeader(getTranslation("objection.outcome")).setFlexGrow(3);
        List<Objection> mine = queries.mine();
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("my-objections-grid");
        List<LegalDocument> replies = mine.stream()
                .flatMap(o -> documents.ofCase(CaseType.OBJECTION, o.id()).stream()).toList();
        CasePapers papers = new CasePapers(documents, replies);
        papers.setId("my-objection-papers");
        add(grid, new H3(getTranslation("casePapers.replies")), papers);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myObjections") + " · " + getTranslation("app.title");
    }
}
