package cn.gov.ln.credit.webapp.breach;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.breach.DeterminationService;
import cn.gov.ln.credit.breach.LegalDocument;
import cn.gov.ln.credit.breach.ListingDecision;
import cn.gov.ln.credit.document.CaseDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.legaldocument.PaperNotices;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.penalty.PenaltyCaseSummary;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.supervision.SupervisedCase;
import cn.gov.ln.credit.supervision.SupervisionQueries;
import cn.gov.ln.credit.supervision.Supervisions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.subject.SubjectView;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.penalty.PenaltyCaseView;
import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.SingleFileField;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import cn.gov.ln.credit.webapp.supervision.SupervisionPanel;
import cn.gov.ln.credit.webapp.supervision.SupervisionTarget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * One breach case under due process: what was raised, the legal document the determination rests on (entered
 * here with its file), the advance notice and the subject's statement, the listing decision, the joint penalty
 * cases the listing pushed to the departments, and the case's papers with their delivery record.
 */
@Route(value = "breaches", layout = MainLayout.class)
@RequiresPermissions(Permissions.BREACH_READ)
public class BreachCaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BreachQueries breachQueries;
    private final DeterminationService determinations;
    private final SubjectService subjects;
    private final ListingService listings;
    private final PenaltyCaseQueries cases;
    private final LegalDocuments papers;
    private final PaperNotices paperNotices;
    private final AccessGuard guard;
    private final Supervisions supervisions;
    private final SupervisionQueries supervisionQueries;
    private final PeopleNames people;
    private final Clock clock;
    private long breachId;
    private String title = "";

    public BreachCaseView(BreachQueries breachQueries, DeterminationService determinations,
            SubjectService subjects, ListingService listings, PenaltyCaseQueries cases, LegalDocuments papers,
            PaperNotices paperNotices, AccessGuard guard, Supervisions supervisions,
            SupervisionQueries supervisionQueries,
            AccountService accounts, Clock clock) {
        this.supervisions = supervisions;
        this.supervisionQueries = supervisionQueries;
        this.people = new PeopleNames(accounts);
        this.clock = clock;
        this.breachQueries = breachQueries;
        this.determinations = determinations;
        this.subjects = subjects;
        this.listings = listings;
        this.cases = cases;
        this.papers = papers;
        this.paperNotices = paperNotices;
        this.guard = guard;
        addClassName("breach-case-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        breachId = parameter == null ? -1 : parameter;
        show();
    }

    /** The breach's supervision marks; the credit office marks a determination that is late. */
    private void supervision(Breach breach) {
        List<SupervisionTarget> targets = Breach.OPEN.contains(breach.status())
                ? List.of(new SupervisionTarget(null, getTranslation("supervision.wholeCase"))) : List.of();
        SupervisionPanel panel = new SupervisionPanel(supervisions, supervisionQueries, people,
                SupervisedCase.BREACH, breach.id(), targets, (target, mark) -> supervisions.markBreach(breach.id(),
                        mark), id -> "", LocalDate.now(clock), this::show);
        if (!panel.isEmpty()) {
            add(panel);
        }
    }

    private void show() {
        removeAll();
        Breach breach = breachQueries.get(breachId);
        title = breach.caseNo() == null ? getTranslation("nav.breaches") : breach.caseNo();
        people.load(Arrays.asList(breach.raisedBy(), breach.determinedBy(), breach.decidedBy()), name -> name);
        SubjectView subject = subjects.lookup(breach.subjectId()).map(subjects::view).orElseThrow();
        add(new H2(subject.name()));
        Span status = UiSupport.badge(getTranslation("breach.status." + breach.status()), "");
        status.setId("breach-status");
        add(status);
        UiSupport.cockpitLink(this, breach.processInstanceId()).ifPresent(this::add);
        if (breach.disputed()) {
            Span disputed = UiSupport.badge(getTranslation("record.disputed"), "error");
            disputed.setId("breach-disputed");
            add(disputed);
        }
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(subject.identifier()), getTranslation("breach.identifier"));
        facts.addFormItem(new Span(getTranslation("breach.source." + breach.source()) + " · "
                + people.of(this, breach.raisedBy()) + " · " + UiSupport.dateTime(breach.raisedAt())),
                getTranslation("breach.source"));
        facts.addFormItem(new Span(breach.description()), getTranslation("breach.description"));
        add(facts);
        supervision(breach);
        boolean determine = guard.isPermitted(Permissions.BREACH_DETERMINE);
        if (Breach.RAISED.equals(breach.status()) && determine) {
            add(new H3(getTranslation("breach.determination")), determinationForm(breach));
        }
        if (breach.basisType() != null) {
            add(new H3(getTranslation("breach.basis")), basis(breach));
        }
        PaperDeliveries casePapers = breach.caseNo() == null ? null
                : new PaperDeliveries(papers, paperNotices, breachQueries,
                        people, breach.id(), guard.isPermitted(Permissions.DOCUMENT_DELIVER), this::show);
        if (breach.noticeSentAt() != null) {
            add(new H3(getTranslation("breach.notice")), notice(breach, casePapers));
        }
        if (Breach.PENDING_DECISION.equals(breach.status()) && determine) {
            add(new H3(getTranslation("breach.decision")), decisionForm(breach));
        }
        if (breach.decidedAt() != null) {
            add(new H3(getTranslation("breach.decision")), decision(breach));
        }
        if (casePapers != null) {
            add(new H3(getTranslation("breach.papers.title")), casePapers);
        }
    }

    private Component determinationForm(Breach breach) {
        Select<LegalBasisType> type = new Select<>();
        type.setLabel(getTranslation("breach.basisType"));
        type.setItems(Arrays.stream(LegalBasisType.values()).filter(LegalBasisType::legallyEffective).toList());
        type.setItemLabelGenerator(t -> UiSupport.label(this, t));
        type.setId("basis-type");
        TextField number = new TextField(getTranslation("breach.basisNumber"));
        number.setMaxLength(128);
        number.setId("basis-number");
        TextField issuer = new TextField(getTranslation("breach.basisIssuer"));
        issuer.setMaxLength(128);
        issuer.setId("basis-issuer");
        LocalizedDatePicker date = new LocalizedDatePicker(getTranslation("breach.basisDate"));
        date.setId("basis-date");
        Select<BreachTier> tier = tierSelect("basis-tier");
        SingleFileField attachment = new SingleFileField(getTranslation("breach.attachment"));
        attachment.setId("basis-attachment");
        FormLayout form = new FormLayout(type, number, issuer, date, tier, attachment);
        Button start = new Button(getTranslation("breach.startDetermination"), VaadinIcon.GAVEL.create(), e -> {
            try {
                determinations.startDetermination(breach.id(), new LegalDocument(type.getValue(), number.getValue(),
                        issuer.getValue(), date.getValue(), tier.getValue()), attachment.getValue());
                UiSupport.success(getTranslation("breach.noticeSent"));
                show();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("basisType", type, "basisNumber", number, "basisIssuer",
                        issuer, "basisDate", date, "tier", tier, "attachment", attachment));
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("breach-start");
        return new VerticalLayout(form, start);
    }

    private Component basis(Breach breach) {
        FormLayout form = new FormLayout();
        form.addFormItem(new Span(UiSupport.label(this, breach.basisType()) + " " + breach.basisNumber()),
                getTranslation("breach.basisNumber"));
        form.addFormItem(new Span(breach.basisIssuer() + " · " + UiSupport.date(breach.basisDate())),
                getTranslation("breach.basisIssuer"));
        form.addFormItem(new Span(UiSupport.label(this, breach.proposedTier())), getTranslation("breach.tier"));
        for (CaseDocument document : breachQueries.documents(breach.id()).stream()
                .filter(d -> !LegalDocuments.RECEIPT_PURPOSE.equals(d.purpose())).toList()) {
            StreamResource resource = new StreamResource(document.fileName(),
                    () -> new ByteArrayInputStream(breachQueries.documentContent(breach.id(), document.id())));
            resource.setContentType(document.contentType());
            Anchor link = new Anchor(resource, document.fileName());
            link.getElement().setAttribute("download", true);
            form.addFormItem(link, getTranslation("breach.attachment"));
        }
        return form;
    }

    private Component notice(Breach breach, PaperDeliveries casePapers) {
        FormLayout form = new FormLayout();
        form.addFormItem(new Span(UiSupport.dateTime(breach.noticeSentAt())), getTranslation("breach.noticeSentAt"));
        casePapers.advanceNotice().ifPresent(paper -> {
            Span number = new Span(paper.number());
            number.setId("notice-number");
            form.addFormItem(number, getTranslation("breach.noticePaper"));
            form.addFormItem(casePapers.openedAt(paper, "notice-opened-at"), getTranslation("breach.noticeOpenedAt"));
        });
        Span due = new Span(UiSupport.date(breach.defenceDueOn()));
        due.setId("breach-defence-due");
        form.addFormItem(due, getTranslation("breach.defenceDue"));
        Span statement = new Span(breach.statement() != null ? breach.statement()
                : Breach.NOTICE_SENT.equals(breach.status()) ? getTranslation("breach.statement.waiting")
                        : getTranslation("breach.statement.lapsed"));
        statement.setId("breach-statement");
        form.addFormItem(statement, getTranslation("breach.statement"));
        return form;
    }

    private Component decisionForm(Breach breach) {
        RadioButtonGroup<Boolean> list = new RadioButtonGroup<>(getTranslation("breach.decision"));
        list.setItems(true, false);
        list.setItemLabelGenerator(v -> getTranslation(v ? "breach.decision.list" : "breach.decision.notList"));
        list.setId("decision-list");
        Select<BreachTier> tier = tierSelect("decision-tier");
        tier.setValue(breach.proposedTier());
        TextArea reason = new TextArea(getTranslation("breach.decisionReason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("decision-reason");
        Button decide = new Button(getTranslation("breach.decide"), VaadinIcon.CHECK.create(), e -> {
            try {
                determinations.decide(breach.id(), new ListingDecision(Boolean.TRUE.equals(list.getValue()),
                        tier.getValue(), reason.getValue()));
                show();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("tier", tier, "reason", reason));
            }
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("breach-decide");
        return new VerticalLayout(list, tier, reason, decide);
    }

    private Component decision(Breach breach) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        FormLayout form = new FormLayout();
        form.addFormItem(new Span(getTranslation("breach.status." + breach.status()) + "：" + breach.decisionReason()
                + " · " + people.of(this, breach.decidedBy()) + " · " + UiSupport.dateTime(breach.decidedAt())),
                getTranslation("breach.decision"));
        section.add(form);
        if (breach.listEntryId() != null) {
            ListEntry entry = listings.get(breach.listEntryId());
            Span listing = new Span(UiSupport.label(this, entry.tier()) + " · "
                    + getTranslation("listing.published", UiSupport.date(entry.listedOn()),
                            entry.publishUntil() == null ? "—" : UiSupport.date(entry.publishUntil()))
                    + " · " + UiSupport.label(this, entry.status()));
            listing.setId("breach-listing");
            form.addFormItem(listing, getTranslation("breach.listing"));
            if (guard.isPermitted(Permissions.PENALTY_READ)) {
                for (PenaltyCaseSummary c : cases.ofListing(entry.id())) {
                    RouterLink link = new RouterLink(c.penaltyCase().caseNo() + " · "
                            + UiSupport.label(this, c.penaltyCase().action()), PenaltyCaseView.class,
                            c.penaltyCase().id());
                    link.setId("penalty-link-" + c.penaltyCase().action().name());
                    ProgressBar progress = new ProgressBar(0, 1, c.progress());
                    progress.setWidth("12rem");
                    section.add(new VerticalLayout(link, new Span(getTranslation("penalty.progress", c.reported(),
                            c.departments())), progress));
                }
            }
        }
        return section;
    }

    private Select<BreachTier> tierSelect(String id) {
        Select<BreachTier> tier = new Select<>();
        tier.setLabel(getTranslation("breach.tier"));
        tier.setItems(BreachTier.values());
        tier.setItemLabelGenerator(t -> UiSupport.label(this, t));
        tier.setId(id);
        return tier;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
