package cn.gov.ln.credit.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rules the screens used to hold, now asked of the services: which matters a caller may file, which of an
 * applicant's pledges can replace certificates (their own, all of them, not a first page), and which roles fit an
 * account.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class ScreenRulesProcessTest extends FilingProcessSupport {

    @Autowired
    FilingOptions options;
    @Autowired
    DepartmentService departments;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AccessGuard guard;

    @Test
    void anOfficerMayFileOnlyTheMattersOfTheirLineAndAnApplicantAny() {
        List<PermitMatter> officers = signIn.call("intake", () -> options.matters());
        String line = signIn.call("intake", () -> departments.find(guard.current().departmentId())
                .orElseThrow().lineCode());
        assertThat(officers).isNotEmpty().allMatch(m -> m.lineCode().equals(line));
        String applicant = newApplicant("A");
        List<PermitMatter> applicants = signIn.call(applicant, () -> options.matters());
        assertThat(applicants).hasSizeGreaterThan(officers.size());
        PermitMatter food = applicants.stream().filter(m -> m.code().equals(FOOD)).findFirst().orElseThrow();
        assertThat(signIn.call(applicant, () -> options.inLieuOffered(food))).isTrue();
        assertThat(signIn.call("intake", () -> options.inLieuOffered(food))).isFalse();
    }

    @Test
    void theInLieuPickerOffersTheApplicantsOwnPledgeForTheMatterAndNoOneElses() {
        String applicant = newApplicant("A");
        String other = newApplicant("A");
        Pledge own = signFoodPledge(applicant);
        Pledge theirs = signFoodPledge(other);
        assertThat(signIn.call(applicant, () -> options.inLieuPledges(FOOD))).extracting(p -> p.pledge().recordCode())
                .containsExactly(own.recordCode());
        assertThat(signIn.call(other, () -> options.inLieuPledges(FOOD))).extracting(p -> p.pledge().recordCode())
                .containsExactly(theirs.recordCode());
        assertThat(signIn.call(applicant, () -> options.inLieuPledges("LN-SCJG-002"))).isEmpty();
    }

    @Test
    void onlyAnApplicantListsAllOwnPledgesAtOnce() {
        String applicant = newApplicant("A");
        signFoodPledge(applicant);
        List<PledgeView> own = signIn.call(applicant, () -> pledgeQueries.own(PledgeQuery.ALL));
        assertThat(own).isNotEmpty().allMatch(p -> p.pledge().subjectId() == own.get(0).pledge().subjectId());
        assertThatThrownBy(() -> signIn.call("intake", () -> pledgeQueries.own(PledgeQuery.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRolesOfferedForAKindAreExactlyTheRolesTheServiceAccepts() {
        List<String> all = signIn.call("sysadmin", () -> administration.allRoles());
        assertThat(signIn.call("sysadmin", () -> administration.rolesFor(ActorKind.APPLICANT)))
                .containsExactly(Roles.APPLICANT);
        assertThat(signIn.call("sysadmin", () -> administration.rolesFor(ActorKind.API_CLIENT)))
                .containsExactly(Roles.API_CLIENT);
        assertThat(signIn.call("sysadmin", () -> administration.rolesFor(ActorKind.STAFF)))
                .doesNotContain(Roles.APPLICANT, Roles.API_CLIENT)
                .hasSize(all.size() - 2);
        assertThat(signIn.call("sysadmin", () -> administration.rolesFor(ActorKind.SYSTEM))).isEmpty();
    }
}
