package cn.gov.ln.credit.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListEnding;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListEntryView;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.listing.NewListing;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.testing.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three rules of the domain against a real database, each through the service the public portal or the applicant
 * uses: a minor breach is never published (not on the public dishonesty list, not in the public repair results);
 * a natural person is never on the public dishonesty list nor in the public repair results; a repair application
 * needs its proof file and a repair pledge, and without either is refused naming the field, with nothing stored.
 * Each database runs the same contract through a subclass ({@code *OnH2IT}, {@code *OnPostgresIT}).
 */
abstract class PublicationRulesContract {

    private static final Set<Long> USED = new HashSet<>();
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    SystemRunner system;
    @Autowired
    ListingService listings;
    @Autowired
    RepairService repairs;
    @Autowired
    PledgeService pledges;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    Clock clock;

    SignIn signIn;

    @BeforeEach
    void signInHelper() {
        signIn = new SignIn(securityManager);
    }

    @Test
    void aMinorBreachIsNotOnThePublicDishonestyList() {
        long minor = subject(SubjectKind.LEGAL_PERSON);
        long general = subject(SubjectKind.LEGAL_PERSON);
        ListEntry minorEntry = list(minor, BreachTier.MINOR, today().minusDays(10));
        ListEntry generalEntry = list(general, BreachTier.GENERAL, today().minusDays(10));

        assertThat(minorEntry.publishUntil()).as("a minor breach has no publication period").isNull();
        assertThat(minorEntry.publishedOn(today())).isFalse();
        assertThat(minorEntry.inForceOn(today())).as("listed all the same").isTrue();
        assertThat(publishedSubjects(nameOf(minor))).doesNotContain(minor);
        assertThat(listings.countPublished(nameOf(minor))).isZero();
        assertThat(generalEntry.publishedOn(today())).isTrue();
        assertThat(publishedSubjects(nameOf(general))).as("the general tier is published").contains(general);
    }

    @Test
    void aMinorBreachsRepairIsNotInThePublicRepairResults() {
        long minor = subject(SubjectKind.LEGAL_PERSON);
        long general = subject(SubjectKind.LEGAL_PERSON);
        long before = repairs.countPublished();
        String minorRepair = grantedRepair(list(minor, BreachTier.MINOR, today().minusDays(10)));
        assertThat(repairs.countPublished()).isEqualTo(before);
        String generalRepair = grantedRepair(list(general, BreachTier.GENERAL, today().minusMonths(4)));

        List<String> published = repairs.published(PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .map(PublicRepair::repairNo).toList();
        assertThat(published).doesNotContain(minorRepair).as("a published listing's repair is").contains(generalRepair);
        assertThat(repairs.countPublished()).isEqualTo(before + 1);
    }

    @Test
    void aNaturalPersonIsNeverOnThePublicDishonestyList() {
        long person = subject(SubjectKind.NATURAL_PERSON);
        long organisation = subject(SubjectKind.LEGAL_PERSON);
        ListEntry personEntry = list(person, BreachTier.SERIOUS, today().minusDays(10));
        list(organisation, BreachTier.SERIOUS, today().minusDays(10));

        assertThat(personEntry.publishedOn(today())).as("in its publication period, as an organisation's would be")
                .isTrue();
        assertThat(publishedSubjects(nameOf(person))).doesNotContain(person);
        assertThat(listings.countPublished(nameOf(person))).isZero();
        assertThat(publishedSubjects(nameOf(organisation))).contains(organisation);
        assertThat(listings.published(null, PageRequest.first(PageRequest.MAX_LIMIT)))
                .isNotEmpty().extracting(ListEntryView::subjectKind).doesNotContain(SubjectKind.NATURAL_PERSON);
    }

    @Test
    void aNaturalPersonsRepairIsNeverInThePublicRepairResults() {
        long person = subject(SubjectKind.NATURAL_PERSON);
        long organisation = subject(SubjectKind.LEGAL_PERSON);
        long before = repairs.countPublished();
        String personRepair = grantedRepair(list(person, BreachTier.GENERAL, today().minusMonths(4)));
        assertThat(repairs.countPublished()).isEqualTo(before);
        String organisationRepair = grantedRepair(list(organisation, BreachTier.GENERAL, today().minusMonths(4)));

        List<PublicRepair> published = repairs.published(PageRequest.first(PageRequest.MAX_LIMIT));
        assertThat(published).extracting(PublicRepair::repairNo).doesNotContain(personRepair)
                .contains(organisationRepair);
        assertThat(published).allSatisfy(r -> assertThat(r.uscc()).as("organisations only").isNotBlank());
        assertThat(repairs.countPublished()).isEqualTo(before + 1);
    }

    @Test
    void aRepairApplicationWithoutItsProofIsRefusedNamingTheProofAndNothingIsStored() {
        Applicant applicant = applicant();
        ListEntry entry = list(applicant.subjectId(), BreachTier.GENERAL, today().minusMonths(4));
        Pledge repairPledge = repairPledge(applicant, entry);
        long documents = count("SELECT COUNT(*) FROM case_document");

        for (Upload missing : new Upload[] {null, new Upload("履行证明.pdf", "application/pdf", new byte[0])}) {
            assertThatThrownBy(() -> signIn.run(applicant.username(), () -> repairs.apply(
                    new NewRepair(entry.id(), repairPledge.recordCode(), "已全额履行判决确定的义务"), missing)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field, FieldViolation::messageKey)
                            .containsExactly(tuple("proof", "validation.document.empty")));
        }
        assertThatThrownBy(() -> signIn.run(applicant.username(), () -> repairs.apply(
                new NewRepair(entry.id(), null, "已全额履行判决确定的义务"), null)))
                .as("both materials missing: both named at once")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("pledgeCode", "proof"));
        assertNothingStored(entry, documents);
    }

    @Test
    void aRepairApplicationWithoutARepairPledgeIsRefusedNamingThePledgeAndNothingIsStored() {
        Applicant applicant = applicant();
        ListEntry entry = list(applicant.subjectId(), BreachTier.GENERAL, today().minusMonths(4));
        Pledge otherKind = foodPledge(applicant);
        long documents = count("SELECT COUNT(*) FROM case_document");

        assertThatThrownBy(() -> signIn.run(applicant.username(), () -> repairs.apply(
                new NewRepair(entry.id(), null, "已全额履行判决确定的义务"), proof())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(tuple("pledgeCode", "validation.required")));
        assertThatThrownBy(() -> signIn.run(applicant.username(), () -> repairs.apply(
                new NewRepair(entry.id(), otherKind.recordCode(), "已全额履行判决确定的义务"), proof())))
                .as("a signed pledge of another kind is not a repair pledge")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(tuple("pledgeCode", "validation.repair.notRepairPledge")));
        assertNothingStored(entry, documents);
    }

    @Test
    void aRepairApplicationWithBothMaterialsIsAccepted() {
        Applicant applicant = applicant();
        ListEntry entry = list(applicant.subjectId(), BreachTier.GENERAL, today().minusMonths(4));
        Pledge repairPledge = repairPledge(applicant, entry);

        RepairApplication application = signIn.call(applicant.username(), () -> repairs.apply(
                new NewRepair(entry.id(), repairPledge.recordCode(), "已全额履行判决确定的义务"), proof()));
        assertThat(application.status()).isEqualTo(RepairApplication.RepairStatus.PENDING);
        assertThat(application.pledgeCode()).isEqualTo(repairPledge.recordCode());
        assertThat(signIn.call(applicant.username(), () -> repairs.proof(application.id())))
                .containsExactly(proof().content());
    }

    private void assertNothingStored(ListEntry entry, long documents) {
        assertThat(count("SELECT COUNT(*) FROM repair_application WHERE list_entry_id = " + entry.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM case_document")).isEqualTo(documents);
    }

    /** A subject of the kind in Shenyang that no test listed and no account belongs to. */
    private long subject(SubjectKind kind) {
        synchronized (USED) {
            return jdbc.queryForList("SELECT s.id FROM credit_subject s WHERE s.kind = ? "
                    + "AND s.division_code LIKE '2101%'"
                    + " AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.subject_id = s.id) ORDER BY s.id",
                    Long.class, kind.name()).stream().filter(USED::add).findFirst().orElseThrow();
        }
    }

    private String nameOf(long subjectId) {
        return jdbc.queryForObject("SELECT name FROM credit_subject WHERE id = ?", String.class, subjectId);
    }

    private List<Long> publishedSubjects(String text) {
        return listings.published(text, PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .map(v -> v.entry().subjectId()).toList();
    }

    /** Listed on a court judgment by the provincial credit officer's department, as a determination lists. */
    private ListEntry list(long subjectId, BreachTier tier, LocalDate basisDate) {
        Map<String, Object> department = jdbc.queryForMap("SELECT d.id, d.division_code FROM department d "
                + "JOIN app_user u ON u.department_id = d.id WHERE u.username = 'creditofficer'");
        long departmentId = ((Number) value(department, "id")).longValue();
        String division = (String) value(department, "division_code");
        return system.call(() -> listings.list(new NewListing(null, subjectId, tier, "拒不履行生效判决确定的给付义务",
                LegalBasisType.COURT_JUDGMENT, "（2026）辽01执" + subjectId + "号", "沈阳市中级人民法院", basisDate,
                departmentId, division)));
    }

    /** A repair granted for the entry: the listing ends as repaired and the application is recorded as granted. */
    private String grantedRepair(ListEntry entry) {
        String repairNo = "XFTEST" + entry.id();
        system.run(() -> listings.end(entry.id(), ListEnding.REPAIRED));
        jdbc.update("INSERT INTO repair_application (repair_no, subject_id, list_entry_id, pledge_code, "
                + "proof_document_id, statement, division_code, submitted_by, submitted_at, status, decision_reason, "
                + "decided_at, decided_by) VALUES (?, ?, ?, ?, 0, ?, ?, ?, CURRENT_TIMESTAMP, 'GRANTED', ?, "
                + "CURRENT_TIMESTAMP, 'creditofficer')", repairNo, entry.subjectId(), entry.id(), "TEST" + entry.id(),
                "已全额履行判决确定的义务", entry.divisionCode(), "test", "材料齐全，义务已履行");
        return repairNo;
    }

    record Applicant(String username, long subjectId) {
    }

    private Applicant applicant() {
        long subjectId = subject(SubjectKind.LEGAL_PERSON);
        String username = "repairer" + ACCOUNTS.incrementAndGet() + "x" + ProcessHandle.current().pid() % 1000;
        signIn.run("sysadmin", () -> accounts.create(new NewUser(username, "企业" + username, ActorKind.APPLICANT, null,
                null, subjectId, Set.of(Roles.APPLICANT), SignIn.DEMO_PASSWORD.toCharArray())));
        return new Applicant(username, subjectId);
    }

    private Pledge repairPledge(Applicant applicant, ListEntry entry) {
        return sign(applicant, new NewPledge("CREDIT-REPAIR", null, "申请信用修复", Map.of("basisNumber",
                entry.basisNumber(), "corrections", "已全额履行判决确定的义务", "fulfilledOn",
                today().minusDays(1).toString()), Publicity.PUBLIC, entry.departmentId(), null));
    }

    private Pledge foodPledge(Applicant applicant) {
        long marketRegulation = count("SELECT id FROM department WHERE code = '210100-MARKET_REGULATION'");
        return sign(applicant, new NewPledge("FOOD-BUSINESS-IN-LIEU", null, "申请食品经营许可",
                Map.of("businessAddress", "沈阳市和平区南京北街 1 号", "businessItems", "预包装食品销售",
                        "floorArea", 120, "safetyManager", "李敏", "contactPhone", "13800000000"),
                Publicity.PUBLIC, marketRegulation, null));
    }

    private Pledge sign(Applicant applicant, NewPledge request) {
        return signIn.call(applicant.username(), () -> pledges.signWithPassword(pledges.draft(request).draftRef(),
                SignIn.DEMO_PASSWORD.toCharArray()));
    }

    private static Upload proof() {
        return new Upload("履行证明.pdf", "application/pdf", "%PDF-1.4 履行证明".getBytes(StandardCharsets.UTF_8));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A column of a row, whatever case the database gives its labels. */
    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }
}
