package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.modeladmin.ModelLibraryService;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.models.HostileModels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Process administrators' tools upload models over HTTP: the hostile corpus becomes drafts that cannot be deployed,
 * each finding naming the element, the attribute and the rule in the caller's language; files that are not models
 * are refused and stored nowhere; API clients and officers are refused.
 */
@WebIntegrationTest
class ModelDraftApiIT {

    static final String ADMIN = RawHttp.basic("procadmin", SignIn.DEMO_PASSWORD);
    static final String PATH = "/api/v1/model-drafts";

    @LocalServerPort
    int port;
    @Autowired
    ModelLibraryService library;
    @Autowired
    ModelLibraryQueries queries;
    @Autowired
    SecurityManager securityManager;

    RawHttp http;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void everyHostileModelBecomesADraftThatCannotBeDeployedWithTheElementNamed() throws IOException {
        for (HostileModels.Case hostile : HostileModels.models()) {
            RawHttp.Response created = http.postFile(PATH, "file", fileName(hostile.resourceName()), hostile.bytes(),
                    Map.of("replace", "true"), ADMIN);
            assertThat(created.status()).as(hostile.name() + ": " + created.body()).isEqualTo(201);
            JsonNode draft = json.readTree(created.body());
            assertThat(draft.path("deployable").asBoolean(true)).as(hostile.name()).isFalse();
            assertThat(draft.path("resourceName").asText()).isEqualTo(hostile.resourceName());
            assertThat(draft.path("findings")).as(hostile.name()).anySatisfy(finding -> {
                assertThat(finding.path("element").asText()).isEqualTo(hostile.element());
                assertThat(finding.path("rule").asText()).isEqualTo(hostile.rule());
                assertThat(finding.path("message").asText()).isNotBlank().doesNotStartWith("model.lint");
            });
            assertThat(created.header("Location")).endsWith(PATH + "/" + draft.path("id").asLong());
        }
        RawHttp.Response script = http.postFile(PATH, "file", "Hostile.bpmn", HostileModels.models().stream()
                .filter(c -> c.rule().equals("scriptNotAllowed") && c.element().equals("Task_Work")).findFirst()
                .orElseThrow().bytes(), Map.of("replace", "true"), ADMIN, "Accept-Language: en");
        JsonNode english = json.readTree(script.body());
        assertThat(english.path("findings")).anySatisfy(finding -> {
            assertThat(finding.path("attribute").asText()).isNotBlank();
            assertThat(finding.path("message").asText()).contains("not allowed");
        });
        RawHttp.Response read = http.get(PATH + "/" + english.path("id").asLong(), ADMIN, "Accept-Language: en");
        assertThat(read.status()).isEqualTo(200);
        assertThat(json.readTree(read.body()).path("findings")).isEqualTo(english.path("findings"));
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithTheReasonAndStoredNowhere() throws IOException {
        int drafts = new SignIn(securityManager).call("procadmin", () -> queries.countDrafts(null));
        for (HostileModels.NotAModel file : HostileModels.notModels()) {
            RawHttp.Response refused = http.postFile(PATH, "file", fileName(file.resourceName()), file.bytes(),
                    Map.of(), ADMIN);
            int expected = file.messageKey().equals("model.lint.tooLarge") ? 413 : 400;
            assertThat(refused.status()).as(file.name() + ": " + refused.body()).isEqualTo(expected);
            JsonNode error = json.readTree(refused.body());
            assertThat(error.path("violations")).as(file.name()).singleElement().satisfies(violation -> {
                assertThat(violation.path("field").asText()).isEqualTo("file");
                assertThat(violation.path("reason").asText()).isEqualTo(file.messageKey());
                assertThat(violation.path("message").asText()).doesNotContain("Upload forbidden").isNotBlank();
            });
        }
        byte[] huge = new byte[4 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(http.postFile(PATH, "file", "Huge.bpmn", huge, Map.of(), ADMIN).status()).isEqualTo(413);
        assertThat(new SignIn(securityManager).call("procadmin", () -> queries.countDrafts(null)))
                .as("nothing was stored").isEqualTo(drafts);
    }

    @Test
    void aCleanModelIsDeployableAndAnOpenDraftIsNotReplacedUnasked() throws IOException {
        byte[] model = shipped("processes/CreditRepair.bpmn");
        RawHttp.Response created = http.postFile(PATH, "file", "ApiProbe.bpmn", new String(model,
                StandardCharsets.UTF_8).replace("\"CreditRepair\"", "\"ApiProbe\"").getBytes(StandardCharsets.UTF_8),
                Map.of(), ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode draft = json.readTree(created.body());
        assertThat(draft.path("findings")).isEmpty();
        assertThat(draft.path("deployable").asBoolean()).isTrue();
        assertThat(draft.path("status").asText()).isEqualTo("EDITING");
        assertThat(draft.path("author").asText()).isEqualTo("procadmin");

        RawHttp.Response again = http.postFile(PATH, "file", "ApiProbe.bpmn", model, Map.of(), ADMIN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("procadmin");
        new SignIn(securityManager).call("procadmin", () -> library.discard(draft.path("id").asLong()));
    }

    @Test
    void onlyProcessAdministratorsMayUpload() {
        byte[] model = HostileModels.models().get(0).bytes();
        for (String caller : new String[] {"api-market", "intake", "sysadmin", "creditofficer"}) {
            RawHttp.Response refused = http.postFile(PATH, "file", "Hostile.bpmn", model, Map.of(),
                    RawHttp.basic(caller, SignIn.DEMO_PASSWORD));
            assertThat(refused.status()).as(caller).isEqualTo(403);
            assertThat(http.get(PATH + "/1", RawHttp.basic(caller, SignIn.DEMO_PASSWORD)).status()).as(caller)
                    .isEqualTo(403);
        }
        assertThat(http.postFile(PATH, "file", "Hostile.bpmn", model, Map.of()).status()).isEqualTo(401);
        assertThat(http.get(PATH + "/999999", ADMIN).status()).isEqualTo(404);
    }

    private static String fileName(String resourceName) {
        return resourceName.substring(resourceName.lastIndexOf('/') + 1);
    }

    private static byte[] shipped(String resource) throws IOException {
        try (InputStream in = ModelDraftApiIT.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
