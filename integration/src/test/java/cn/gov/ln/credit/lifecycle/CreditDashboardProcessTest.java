package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.dashboard.CreditFigures;
import cn.gov.ln.credit.dashboard.DashboardService;
import cn.gov.ln.credit.dashboard.DepartmentFeedback;
import cn.gov.ln.credit.dashboard.TierCount;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.objection.NewObjection;
import cn.gov.ln.credit.objection.Objection;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The credit office's dashboard figures follow the lifecycle run through its services: a listing counts in its list
 * and tier, its joint penalty case adds every department's part to the feedback figures, an objection counts as
 * pending within its reply date; a credit officer of another city sees none of it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class CreditDashboardProcessTest extends LifecycleSupport {

    @Autowired
    DashboardService dashboard;

    @Test
    void aListingItsPenaltyCaseAndAnObjectionCountInTheCreditOfficersDivisionOnly() {
        String dalian = "dash.credit." + System.nanoTime() % 1_000_000;
        long reformDalian = departments.findByCode("210200-DEVELOPMENT_REFORM").orElseThrow().id();
        signIn.run("sysadmin", () -> accounts.create(new NewUser(dalian, dalian, ActorKind.STAFF, reformDalian, null,
                null, Set.of(Roles.CREDIT_OFFICER), SignIn.DEMO_PASSWORD.toCharArray())));
        CreditFigures before = signIn.call(OFFICER, () -> dashboard.credit());
        CreditFigures dalianBefore = signIn.call(dalian, () -> dashboard.credit());

        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.SERIOUS, today().minusDays(30));
        PenaltyCase penaltyCase = caseOf(entry, PenaltyAction.INITIATE);
        long parts = jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response WHERE case_id = ?", Long.class,
                penaltyCase.id());
        signIn.run(subject.username(), () -> objections.raise(new NewObjection(Objection.RecordType.LIST_ENTRY,
                entry.id(), Objection.Ground.ERROR, "判决已撤销", null, null)));

        CreditFigures after = signIn.call(OFFICER, () -> dashboard.credit());
        assertThat(serious(after)).isEqualTo(serious(before) + 1);
        assertThat(after.entriesOf(ListType.DISHONESTY)).isEqualTo(before.entriesOf(ListType.DISHONESTY) + 1);
        assertThat(parts).isPositive();
        assertThat(partsOf(after)).isEqualTo(partsOf(before) + parts);
        assertThat(after.objections().pendingInTime()).isEqualTo(before.objections().pendingInTime() + 1);
        assertThat(after.feedbackRate()).as("no part reported yet").isLessThanOrEqualTo(before.feedbackRate());

        CreditFigures dalianAfter = signIn.call(dalian, () -> dashboard.credit());
        assertThat(dalianAfter).as("another city's credit office sees none of it").isEqualTo(dalianBefore);
    }

    private static long serious(CreditFigures figures) {
        return figures.entries().stream().filter(e -> e.listType() == ListType.DISHONESTY
                && e.tier() == BreachTier.SERIOUS).mapToLong(TierCount::count).sum();
    }

    private static long partsOf(CreditFigures figures) {
        return figures.feedback().stream().mapToLong(DepartmentFeedback::parts).sum();
    }
}
