package cn.gov.ln.credit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.modeladmin.ModelDeployment;
import cn.gov.ln.credit.modeladmin.ModelDraft;
import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.modeladmin.ModelLibraryService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.util.Set;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The evaluation model is edited and deployed through the model library (a draft, four eyes): the next evaluation
 * uses the new version and names it; a draft that would grade a serious listing above D is refused at submission
 * with nothing deployed. Its own context (the same as the nightly test's), as it changes the deployed model.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = "credit.evaluation.chunk-size=100")
@ActiveProfiles("coretest")
class EvaluationModelLibraryProcessTest {

    static final String MODEL = "processes/CreditEvaluation.dmn";

    @Autowired
    ModelLibraryService library;
    @Autowired
    ModelLibraryQueries queries;
    @Autowired
    ModelDeployment deployment;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    EvaluationModel model;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aModelDeployedThroughTheLibraryScoresTheNextEvaluationAndAFloorBreakingDraftIsRefused() {
        SignIn signIn = new SignIn(securityManager);
        if (!accounts.exists("procadmin2")) {
            signIn.run("sysadmin", () -> accounts.create(new NewUser("procadmin2", "第二流程管理员", ActorKind.STAFF,
                    accounts.search("procadmin", cn.gov.ln.credit.shared.PageRequest.first(1)).get(0).departmentId(),
                    null, null, Set.of(Roles.PROCESS_ADMIN), SignIn.DEMO_PASSWORD.toCharArray())));
        }
        String before = model.current().version();
        String content = signIn.call("procadmin", () -> queries.deployedContent(MODEL));

        ModelDraft lenient = signIn.call("procadmin", () -> library.openDraft(MODEL));
        signIn.run("procadmin", () -> library.save(lenient.id(), content.replace("<text>-1000</text>",
                "<text>-100</text>")));
        assertThatThrownBy(() -> signIn.run("procadmin", () -> deployment.submit(lenient.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).contains("model.lint.evaluationFloor"));
        assertThat(model.current().version()).isEqualTo(before);

        String rewarded = content.replace("<outputEntry id=\"Out_redList_2\"><text>50</text>",
                "<outputEntry id=\"Out_redList_2\"><text>80</text>");
        assertThat(rewarded).isNotEqualTo(content);
        signIn.run("procadmin", () -> library.save(lenient.id(), rewarded));
        signIn.run("procadmin", () -> deployment.submit(lenient.id()));
        signIn.call("procadmin2", () -> deployment.review(lenient.id(), true, "同意提高守信激励得分"));

        String after = model.current().version();
        assertThat(after).isNotEqualTo(before).startsWith("CreditEvaluation:");
        assertThat(model.current().score("redList", 1)).isEqualTo(80);
        long organisation = jdbc.queryForObject("SELECT MIN(id) FROM credit_subject WHERE kind = 'LEGAL_PERSON'",
                Long.class);
        assertThat(evaluations.evaluate(organisation).modelVersion()).isEqualTo(after);
    }
}
