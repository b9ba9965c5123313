package cn.gov.ln.credit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.account.UserSortKey;
import cn.gov.ln.credit.account.UserSummary;
import cn.gov.ln.credit.audit.AuditEvent;
import cn.gov.ln.credit.audit.AuditQuery;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.audit.AuditSortKey;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.breach.BreachQuery;
import cn.gov.ln.credit.breach.BreachSortKey;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingListItem;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingQuery;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.FilingSortKey;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListQuery;
import cn.gov.ln.credit.listing.ListSortKey;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.objection.ObjectionQueries;
import cn.gov.ln.credit.objection.ObjectionQuery;
import cn.gov.ln.credit.objection.ObjectionSortKey;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.penalty.PenaltyCaseSummary;
import cn.gov.ln.credit.penalty.PenaltyQuery;
import cn.gov.ln.credit.penalty.PenaltySortKey;
import cn.gov.ln.credit.repair.RepairQuery;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.repair.RepairSortKey;
import cn.gov.ln.credit.savedfilter.SavedFilter;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectQuery;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.subject.SubjectSortKey;
import cn.gov.ln.credit.subject.SubjectView;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The filing list sorted on the server by whitelisted keys and bounded by days, and its Excel export: the rows
 * written are the officer's own scoped query's, another department's officer gets none of them, and every export is
 * in the audit trail with its filters and row count; the case lists sort by each of their keys; saved filters are
 * their user's alone.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListExportProcessTest {

    static final String MATTER = "LN-SCJG-001";

    @Autowired
    ListExports exports;
    @Autowired
    FilingService filings;
    @Autowired
    FilingQueries queries;
    @Autowired
    BreachQueries breaches;
    @Autowired
    PenaltyCaseQueries penalties;
    @Autowired
    ObjectionQueries objections;
    @Autowired
    RepairService repairs;
    @Autowired
    SavedFilterService savedFilters;
    @Autowired
    ListingService listings;
    @Autowired
    SubjectService subjects;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditService audit;
    @Autowired
    Clock clock;

    SignIn signIn;
    List<Filing> filed = new ArrayList<>();
    FilingQuery today;

    @BeforeAll
    void filings() {
        signIn = new SignIn(securityManager);
        long dalian = departments.findByCode("210200-MARKET_REGULATION").orElseThrow().id();
        signIn.run("sysadmin", () -> accounts.create(new NewUser("lists.dalian", "lists.dalian", ActorKind.STAFF,
                dalian, null, null, Set.of(Roles.INTAKE_OFFICER), SignIn.DEMO_PASSWORD.toCharArray())));
        List<String> usccs = jdbc.queryForList("SELECT uscc FROM credit_subject s WHERE uscc IS NOT NULL AND "
                + "NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND e.status = 'ACTIVE') "
                + "ORDER BY id DESC FETCH FIRST 3 ROWS ONLY", String.class);
        for (String uscc : usccs) {
            filed.add(signIn.call("intake", () -> filings.file(new NewFiling(MATTER, uscc, false, null, null))));
        }
        LocalDate day = LocalDate.now(clock);
        today = new FilingQuery(null, null, MATTER, null, day, day);
    }

    @Test
    void twoFilingsOfTheSameApplicantAndMatterAreTwoRows() {
        String uscc = jdbc.queryForObject("SELECT s.uscc FROM credit_subject s JOIN filing f ON f.subject_id = s.id "
                + "WHERE f.id = ?", String.class, filed.get(0).id());
        Filing again = signIn.call("intake", () -> filings.file(new NewFiling(MATTER, uscc, false, null, null)));
        for (FilingSortKey key : FilingSortKey.values()) {
            assertThat(ids(signIn.call("intake", () -> queries.list(today, Sort.ascending(key),
                    PageRequest.first(500))))).as(key.name()).contains(filed.get(0).id(), again.id());
        }
        assertThat(signIn.call("intake", () -> queries.list(today, Sort.ascending(FilingSortKey.RECEIVED),
                PageRequest.first(500)))).hasSize((int) (long) signIn.call("intake", () -> queries.count(today)));
    }

    @Test
    void theListSortsByEachWhitelistedKeyBothWaysWithTheIdAsTieBreak() {
        for (FilingSortKey key : FilingSortKey.values()) {
            List<Long> ascending = ids(signIn.call("intake", () -> queries.list(today, Sort.ascending(key),
                    PageRequest.first(500))));
            List<Long> descending = ids(signIn.call("intake", () -> queries.list(today, Sort.descending(key),
                    PageRequest.first(500))));
            List<Long> own = filed.stream().map(Filing::id).toList();
            assertThat(ascending).as(key.name()).containsAll(own).doesNotHaveDuplicates();
            if (key == FilingSortKey.FILING_NO) {
                assertThat(descending.stream().filter(own::contains).toList())
                        .as("numbers are unique: one order reverses the other")
                        .isEqualTo(reversed(ascending.stream().filter(own::contains).toList()));
            }
        }
        List<String> names = signIn.call("intake", () -> queries.list(today, Sort.ascending(FilingSortKey.APPLICANT),
                PageRequest.first(500))).stream().map(FilingListItem::applicantName).toList();
        assertThat(names).doesNotContainNull().isSorted();
        for (UserSortKey key : UserSortKey.values()) {
            signIn.call("sysadmin", () -> accounts.search(null, Sort.descending(key), PageRequest.first(20)));
        }
        assertThat(signIn.call("sysadmin", () -> accounts.search(null, Sort.ascending(UserSortKey.USERNAME),
                PageRequest.first(200)))).extracting(UserSummary::username).isSorted();
        for (SubjectSortKey key : SubjectSortKey.values()) {
            signIn.call("intake", () -> subjects.search(SubjectQuery.ALL, Sort.descending(key), PageRequest.first(20)));
        }
        assertThat(signIn.call("intake", () -> subjects.search(new SubjectQuery(null, SubjectKind.LEGAL_PERSON, null,
                null), Sort.ascending(SubjectSortKey.NAME), PageRequest.first(200)))).extracting(SubjectView::name)
                .isSorted();
    }

    @Test
    void aDayRangeBoundsTheListAndAnEndBeforeTheStartIsRefusedNamingTheField() {
        LocalDate day = LocalDate.now(clock);
        FilingQuery yesterday = new FilingQuery(null, null, MATTER, null, day.minusDays(1), day.minusDays(1));
        assertThat(ids(signIn.call("intake", () -> queries.list(yesterday, Sort.ascending(FilingSortKey.RECEIVED),
                PageRequest.first(500))))).doesNotContainAnyElementsOf(filed.stream().map(Filing::id).toList());
        assertThatThrownBy(() -> signIn.call("intake", () -> queries.count(new FilingQuery(null, null, null, null,
                day, day.minusDays(1))))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("to")));
    }

    @Test
    void inLieuTrueListsTheFilingsGrantedApprovalOnAPledgeAndFalseTheOthers() {
        jdbc.update("UPDATE filing SET in_lieu_granted = ? WHERE id = ?", true, filed.get(0).id());
        jdbc.update("UPDATE filing SET in_lieu_granted = ? WHERE id = ?", false, filed.get(1).id());
        LocalDate day = LocalDate.now(clock);
        FilingQuery inLieu = new FilingQuery(null, null, MATTER, null, day, day, true);
        FilingQuery notInLieu = new FilingQuery(null, null, MATTER, null, day, day, false);
        List<Long> granted = ids(signIn.call("intake", () -> queries.list(inLieu, Sort.ascending(FilingSortKey
                .RECEIVED), PageRequest.first(500))));
        List<Long> others = ids(signIn.call("intake", () -> queries.list(notInLieu, Sort.ascending(FilingSortKey
                .RECEIVED), PageRequest.first(500))));
        assertThat(granted).contains(filed.get(0).id()).doesNotContain(filed.get(1).id(), filed.get(2).id());
        assertThat(others).as("refused and never asked").contains(filed.get(1).id(), filed.get(2).id())
                .doesNotContain(filed.get(0).id());
        assertThat(granted).hasSize((int) (long) signIn.call("intake", () -> queries.count(inLieu)));
        assertThat((long) granted.size() + others.size())
                .isEqualTo(signIn.call("intake", () -> queries.count(today)));
    }

    @Test
    void theAuditTrailSortsOnTheServerByTimeActorAndAction() {
        signIn.run("sysadmin", () -> {
            assertThat(audit.search(AuditQuery.ALL, Sort.ascending(AuditSortKey.ACTOR), PageRequest.first(200)))
                    .extracting(AuditEvent::actor).isSorted();
            assertThat(audit.search(AuditQuery.ALL, Sort.descending(AuditSortKey.ACTION), PageRequest.first(200)))
                    .extracting(AuditEvent::action).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(audit.search(AuditQuery.ALL, Sort.ascending(AuditSortKey.TIME), PageRequest.first(200)))
                    .extracting(AuditEvent::id).isSorted();
            assertThat(audit.search(AuditQuery.ALL, PageRequest.first(200))).extracting(AuditEvent::id)
                    .isSortedAccordingTo(Comparator.reverseOrder());
        });
    }

    @Test
    void anExportWritesTheScopedRowsAndIsAudited() throws IOException {
        Sort<FilingSortKey> sort = Sort.descending(FilingSortKey.RECEIVED);
        List<String> expected = new ArrayList<>();
        signIn.run("intake", () -> {
            for (int offset = 0; ; offset += 100) {
                List<FilingListItem> page = queries.list(today, sort, new PageRequest(offset, 100));
                page.forEach(item -> expected.add(item.filing().filingNo()));
                if (page.size() < 100) {
                    break;
                }
            }
        });
        long auditedBefore = exportsAudited();

        List<List<String>> sheet = export("intake", sort);

        assertThat(sheet.get(0)).containsExactly("办件编号", "申请人");
        assertThat(sheet.subList(1, sheet.size())).extracting(row -> row.get(0)).containsExactlyElementsOf(expected)
                .containsAll(filed.stream().map(Filing::filingNo).toList());
        assertThat(exportsAudited()).isEqualTo(auditedBefore + 1);
        assertThat(jdbc.queryForMap("SELECT actor, target_type, target_id, detail FROM audit_event "
                + "WHERE action = 'LIST_EXPORTED' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY"))
                .containsEntry("ACTOR", "intake").containsEntry("TARGET_ID", "filings")
                .containsEntry("DETAIL", "filters=matter=" + MATTER + "; rows=" + expected.size());

        List<List<String>> other = export("lists.dalian", sort);
        assertThat(other.subList(1, other.size())).extracting(row -> row.get(0))
                .doesNotContainAnyElementsOf(filed.stream().map(Filing::filingNo).toList());
    }

    @Test
    void everyCaseListSortsByEachOfItsKeysBothWaysAndFiltersPenaltyCasesByDepartment() {
        signIn.run("creditofficer", () -> {
            for (boolean descending : new boolean[] {false, true}) {
                for (BreachSortKey key : BreachSortKey.values()) {
                    breaches.search(new BreachQuery(null, null), new Sort<>(key, descending), PageRequest.first(50));
                }
                for (PenaltySortKey key : PenaltySortKey.values()) {
                    penalties.search(new PenaltyQuery(false, null, null), new Sort<>(key, descending),
                            PageRequest.first(50));
                }
                for (ObjectionSortKey key : ObjectionSortKey.values()) {
                    objections.search(new ObjectionQuery(null, null, null), new Sort<>(key, descending),
                            PageRequest.first(50));
                }
                for (ListSortKey key : ListSortKey.values()) {
                    listings.search(new ListQuery(ListType.DISHONESTY, false, null, BreachTier.SERIOUS),
                            new Sort<>(key, descending), PageRequest.first(50));
                }
                for (RepairSortKey key : RepairSortKey.values()) {
                    repairs.search(new RepairQuery(null, null, null), new Sort<>(key, descending),
                            PageRequest.first(50));
                }
            }
            List<Instant> raised = breaches.search(new BreachQuery(null, null), Sort.descending(BreachSortKey.RAISED),
                    PageRequest.first(100)).stream().map(Breach::raisedAt).toList();
            assertThat(raised).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(listings.search(new ListQuery(null, false, null, BreachTier.SERIOUS),
                    Sort.ascending(ListSortKey.SUBJECT), PageRequest.first(200)))
                    .allSatisfy(v -> assertThat(v.entry().tier()).isEqualTo(BreachTier.SERIOUS));
        });
        List<Long> departments = jdbc.queryForList("SELECT DISTINCT department_id FROM penalty_response",
                Long.class);
        if (!departments.isEmpty()) {
            long department = departments.get(0);
            List<PenaltyCaseSummary> cases = signIn.call("creditofficer", () -> penalties.search(new PenaltyQuery(
                    false, null, null, null, department, null, null), Sort.ascending(PenaltySortKey.PROGRESS),
                    PageRequest.first(500)));
            assertThat(cases).allSatisfy(c -> assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response "
                    + "WHERE case_id = ? AND department_id = ?", Long.class, c.penaltyCase().id(), department))
                    .isEqualTo(1L));
            assertThat(cases).extracting(PenaltyCaseSummary::reported).isSorted();
        }
    }

    @Test
    void aUserSeesReplacesAndDeletesOnlyTheirOwnSavedFilters() {
        String name = "绿色-" + System.nanoTime();
        SavedFilter saved = signIn.call("intake", () -> savedFilters.save("filings", name, "route=green"));
        assertThat(signIn.call("approver", () -> savedFilters.mine("filings"))).extracting(SavedFilter::id)
                .doesNotContain(saved.id());
        assertThatThrownBy(() -> signIn.run("approver", () -> savedFilters.delete(saved.id())))
                .isInstanceOf(NotFoundException.class);

        SavedFilter replaced = signIn.call("intake", () -> savedFilters.save("filings", name, "route=normal"));
        assertThat(replaced.id()).isEqualTo(saved.id());
        assertThat(signIn.call("intake", () -> savedFilters.mine("filings"))).filteredOn(f -> f.name().equals(name))
                .singleElement().satisfies(f -> assertThat(f.queryString()).isEqualTo("route=normal"));
        assertThatThrownBy(() -> signIn.call("intake", () -> savedFilters.save("filings", " ", "route=green")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("name"));
        assertThatThrownBy(() -> signIn.call("intake", () -> savedFilters.save("../admin", name, "route=green")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("listRoute"));

        signIn.run("intake", () -> savedFilters.delete(saved.id()));
        assertThat(signIn.call("intake", () -> savedFilters.mine("filings"))).extracting(SavedFilter::id)
                .doesNotContain(saved.id());
    }

    private List<List<String>> export(String username, Sort<FilingSortKey> sort) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListExport export = new ListExport("filings", "matter=" + MATTER, List.of("办件编号", "申请人"),
                page -> queries.list(today, sort, page).stream()
                        .map(item -> List.<Object>of(item.filing().filingNo(), item.applicantName())).toList());
        long rows = signIn.call(username, () -> exports.write(export, out));
        List<List<String>> sheet = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet first = workbook.getSheetAt(0);
            for (Row row : first) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                sheet.add(cells);
            }
        }
        assertThat(sheet).hasSize((int) rows + 1);
        return sheet;
    }

    private long exportsAudited() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LIST_EXPORTED'", Long.class);
    }

    private static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<Long> ids(List<FilingListItem> items) {
        return items.stream().map(item -> item.filing().id()).toList();
    }
}
