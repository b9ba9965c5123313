package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.account.UserQuery;
import cn.gov.ln.credit.account.UserSortKey;
import cn.gov.ln.credit.account.UserSummary;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.penalty.IncomingCase;
import cn.gov.ln.credit.penalty.IncomingQuery;
import cn.gov.ln.credit.penalty.IncomingSortKey;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.penalty.PenaltyResponse.ResponseStatus;
import cn.gov.ln.credit.pledge.FulfillmentStatus;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.pledge.PledgeSortKey;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lists that got sorting and filters late: a department's incoming joint penalty cases, the officers' pledges
 * and the administrators' users. Each sorts by every key of its whitelist both ways, keeps to the caller's scope
 * (another department's or division's rows never appear) and refuses bad filters naming the field.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class NewListsProcessTest extends LifecycleSupport {

    @Autowired
    PledgeQueries pledges;

    @Test
    void incomingCasesSortByEachKeyAndStayInTheDepartment() {
        PenaltyCase first = caseOf(listed(applicant(), BreachTier.GENERAL, today().minusDays(20)),
                PenaltyAction.INITIATE);
        PenaltyCase second = caseOf(listed(applicant(), BreachTier.GENERAL, today().minusDays(20)),
                PenaltyAction.INITIATE);
        List<Long> both = new ArrayList<>(penalties.departmentsOf(first.id()));
        both.retainAll(penalties.departmentsOf(second.id()));
        long department = both.get(0);
        String liaison = liaisonOf(department);
        signIn.run(liaison, () -> responses.respond(second.id(), Map.of("outcome", "APPLIED", "appliedMeasures",
                "已在审批系统设置限制")));
        IncomingQuery all = new IncomingQuery(false, null, null, today().minusDays(60), today().plusDays(60));
        List<Long> own = List.of(first.id(), second.id());

        for (IncomingSortKey key : IncomingSortKey.values()) {
            List<IncomingCase> ascending = incoming(liaison, all, Sort.ascending(key));
            List<IncomingCase> descending = incoming(liaison, all, Sort.descending(key));
            assertThat(caseIds(ascending)).as(key.name()).containsAll(own).doesNotHaveDuplicates();
            assertThat(caseIds(descending)).as(key.name()).hasSameElementsAs(caseIds(ascending));
            assertThat(ascending).as("only the department's own parts")
                    .allMatch(c -> c.response().departmentId() == department);
            assertThat(ownOrder(descending, own)).as(key.name()).isEqualTo(reversed(ownOrder(ascending, own)));
        }
        assertThat(incoming(liaison, all, Sort.ascending(IncomingSortKey.STATE))).extracting(c -> c.response()
                .status().ordinal()).isSorted();
        assertThat(ownOrder(incoming(liaison, all, Sort.ascending(IncomingSortKey.STATE)), own))
                .as("pending before responded").containsExactly(first.id(), second.id());
        assertThat(incoming(liaison, all, Sort.ascending(IncomingSortKey.DUE)).stream().map(c ->
                switch (c.response().status()) {
                    case PENDING -> c.penaltyCase().responseDueOn();
                    case RESPONDED -> c.penaltyCase().feedbackDueOn();
                    case REPORTED -> null;
                }).toList()).isSortedAccordingTo(Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
        assertThat(incoming(liaison, all, Sort.ascending(IncomingSortKey.CASE_NO)))
                .extracting(c -> c.penaltyCase().caseNo()).isSorted();

        IncomingQuery responded = new IncomingQuery(false, ResponseStatus.RESPONDED, null, null, null);
        assertThat(caseIds(incoming(liaison, responded, Sort.ascending(IncomingSortKey.RECEIVED))))
                .contains(second.id()).doesNotContain(first.id());
        assertThat(signIn.call(liaison, () -> cases.countIncoming(responded))).isGreaterThanOrEqualTo(1);
        IncomingQuery longAgo = new IncomingQuery(false, null, null, today().minusDays(400), today().minusDays(300));
        assertThat(caseIds(incoming(liaison, longAgo, Sort.ascending(IncomingSortKey.RECEIVED))))
                .doesNotContainAnyElementsOf(own);

        long outsider = jdbc.queryForObject("SELECT id FROM department WHERE code = '210000-ARCHIVES'", Long.class);
        assertThat(caseIds(incoming(liaisonOf(outsider), all, Sort.descending(IncomingSortKey.DUE))))
                .doesNotContainAnyElementsOf(own);
        assertThatThrownBy(() -> incoming(liaison, new IncomingQuery(false, null, null, today(),
                today().minusDays(1)), Sort.ascending(IncomingSortKey.RECEIVED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("to")));
    }

    @Test
    void pledgesSortByEachKeyAndADepartmentSeesOnlyThoseAddressedToIt() {
        long intakeDepartment = jdbc.queryForObject("SELECT department_id FROM app_user WHERE username = 'intake'",
                Long.class);
        List<Long> elsewhere = jdbc.queryForList("SELECT id FROM pledge WHERE status <> 'DRAFT' AND "
                + "(accepting_department_id IS NULL OR accepting_department_id <> ?)", Long.class, intakeDepartment);
        for (PledgeSortKey key : PledgeSortKey.values()) {
            List<PledgeView> ascending = pledgeList("intake", PledgeQuery.ALL, Sort.ascending(key));
            List<PledgeView> descending = pledgeList("intake", PledgeQuery.ALL, Sort.descending(key));
            assertThat(ascending).as(key.name()).isNotEmpty()
                    .allMatch(v -> Long.valueOf(intakeDepartment).equals(v.pledge().acceptingDepartmentId()));
            assertThat(pledgeIds(ascending)).as(key.name()).doesNotHaveDuplicates()
                    .hasSameElementsAs(pledgeIds(descending)).doesNotContainAnyElementsOf(elsewhere);
        }
        assertThat(pledgeList("intake", PledgeQuery.ALL, Sort.ascending(PledgeSortKey.CODE)))
                .extracting(v -> v.pledge().recordCode()).isSorted();
        assertThat(pledgeList("intake", PledgeQuery.ALL, Sort.descending(PledgeSortKey.SIGNED)))
                .extracting(v -> v.pledge().signedAt()).isSortedAccordingTo(Comparator.reverseOrder());
        List<FulfillmentStatus> fulfilment = pledgeList("creditofficer", PledgeQuery.ALL,
                Sort.ascending(PledgeSortKey.FULFILMENT)).stream().map(v -> v.pledge().fulfillmentStatus()).toList();
        assertThat(fulfilment).isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));

        Pledge oldest = pledgeList("intake", PledgeQuery.ALL, Sort.ascending(PledgeSortKey.SIGNED)).get(0).pledge();
        LocalDate day = oldest.signedAt().atZone(ZONE).toLocalDate();
        List<PledgeView> thatDay = pledgeList("intake", new PledgeQuery(null, null, null, day, day),
                Sort.ascending(PledgeSortKey.SIGNED));
        assertThat(pledgeIds(thatDay)).contains(oldest.id());
        assertThat(thatDay).allMatch(v -> v.pledge().signedAt().atZone(ZONE).toLocalDate().equals(day));
        assertThat(signIn.call("intake", () -> pledges.count(new PledgeQuery(null, null, null, day, day))))
                .isEqualTo(thatDay.size());
        assertThatThrownBy(() -> signIn.call("intake", () -> pledges.count(new PledgeQuery(null, null, null, day,
                day.minusDays(1))))).isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field())
                                .isEqualTo("to")));
    }

    @Test
    void usersFilterByDepartmentRoleAndStateSortAndStayInTheAdministratorsDivision() {
        long dalian = departments.findByCode("210200-MARKET_REGULATION").orElseThrow().id();
        String suffix = Long.toString(System.nanoTime() % 100_000);
        String admin = "admin.dl" + suffix;
        String locked = "locked.dl" + suffix;
        String disabled = "disabled.dl" + suffix;
        signIn.run("sysadmin", () -> {
            accounts.create(new NewUser(admin, "大连管理员", ActorKind.STAFF, dalian, null, null,
                    Set.of(Roles.SYSTEM_ADMIN), SignIn.DEMO_PASSWORD.toCharArray()));
            for (String username : List.of(locked, disabled)) {
                accounts.create(new NewUser(username, "大连受理员", ActorKind.STAFF, dalian, null, null,
                        Set.of(Roles.INTAKE_OFFICER), SignIn.DEMO_PASSWORD.toCharArray()));
            }
        });
        jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(3600)), locked);
        long disabledId = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, disabled);
        signIn.run("sysadmin", () -> accounts.setEnabled(disabledId, false));

        for (UserSortKey key : UserSortKey.values()) {
            List<UserSummary> ascending = users(admin, UserQuery.ALL, Sort.ascending(key));
            assertThat(ascending).as(key.name()).extracting(UserSummary::username).contains(admin, locked, disabled)
                    .doesNotContain("intake", "sysadmin").doesNotHaveDuplicates();
            assertThat(ascending).allMatch(u -> u.divisionCode().startsWith("2102"));
            assertThat(users(admin, UserQuery.ALL, Sort.descending(key))).hasSameSizeAs(ascending);
        }
        assertThat(users("sysadmin", UserQuery.ALL, Sort.ascending(UserSortKey.USERNAME)))
                .extracting(UserSummary::username).isSorted();
        assertThat(users("sysadmin", new UserQuery(null, dalian, Roles.INTAKE_OFFICER, null),
                Sort.ascending(UserSortKey.USERNAME))).isNotEmpty()
                .allMatch(u -> u.departmentId() == dalian && u.roles().contains(Roles.INTAKE_OFFICER))
                .extracting(UserSummary::username).contains(locked, disabled).doesNotContain(admin);
        assertThat(users(admin, new UserQuery(null, null, null, UserQuery.UserState.LOCKED),
                Sort.ascending(UserSortKey.USERNAME))).extracting(UserSummary::username).contains(locked)
                .doesNotContain(disabled, admin);
        assertThat(users(admin, new UserQuery(null, null, null, UserQuery.UserState.DISABLED),
                Sort.ascending(UserSortKey.USERNAME))).extracting(UserSummary::username).contains(disabled)
                .doesNotContain(admin, locked);
        assertThat(users(admin, new UserQuery(".dl" + suffix, null, null, UserQuery.UserState.ACTIVE),
                Sort.ascending(UserSortKey.USERNAME))).extracting(UserSummary::username).containsExactly(admin);
        assertThat(signIn.call(admin, () -> accounts.count(new UserQuery(".dl" + suffix, null, null, null))))
                .isEqualTo(3);
        assertThatThrownBy(() -> users(admin, new UserQuery(null, null, "NO_SUCH_ROLE", null),
                Sort.ascending(UserSortKey.NAME))).isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field())
                                .isEqualTo("role")));
    }

    private List<IncomingCase> incoming(String liaison, IncomingQuery query, Sort<IncomingSortKey> sort) {
        return signIn.call(liaison, () -> cases.incoming(query, sort, PageRequest.first(500)));
    }

    /** Every page of the list, as the export reads it. */
    private List<PledgeView> pledgeList(String username, PledgeQuery query, Sort<PledgeSortKey> sort) {
        List<PledgeView> all = new ArrayList<>();
        List<PledgeView> page;
        do {
            int offset = all.size();
            page = signIn.call(username, () -> pledges.search(query, sort, new PageRequest(offset, 500)));
            all.addAll(page);
        } while (page.size() == 500);
        return all;
    }

    private List<UserSummary> users(String username, UserQuery query, Sort<UserSortKey> sort) {
        return signIn.call(username, () -> accounts.list(query, sort, PageRequest.first(500)));
    }

    private static List<Long> caseIds(List<IncomingCase> rows) {
        return rows.stream().map(c -> c.penaltyCase().id()).toList();
    }

    private static List<Long> pledgeIds(List<PledgeView> rows) {
        return rows.stream().map(v -> v.pledge().id()).toList();
    }

    private static List<Long> ownOrder(List<IncomingCase> rows, List<Long> own) {
        return caseIds(rows).stream().filter(own::contains).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
