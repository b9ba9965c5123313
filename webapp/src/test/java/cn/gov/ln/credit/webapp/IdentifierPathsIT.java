package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.identifier.Uscc;
import cn.gov.ln.credit.subject.NewSubject;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.subject.UsccAllowListService;
import cn.gov.ln.testing.SignIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An identifier is read the same on every path that takes one (subject lookup, credit check, pledge list, filing,
 * pledge, objection): an early code the system administrator allow-listed is accepted everywhere (and, when nobody
 * registered it, is well formed but not registered); a malformed one is a 400 naming the field, a well-formed one
 * nobody registered is not found, a missing one is required.
 */
@Tag("reliability")
@WebIntegrationTest
class IdentifierPathsIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MARKET = RawHttp.basic("api-market", SignIn.DEMO_PASSWORD);

    @LocalServerPort
    int port;
    @Autowired
    UsccAllowListService allowList;
    @Autowired
    SubjectService subjects;
    @Autowired
    SecurityManager securityManager;

    @Test
    void anAllowListedEarlyCodeIsAcceptedOnEveryPath() throws Exception {
        String first17 = "91210102MA0EARLY" + "1";
        char right = Uscc.checkCharacter(first17);
        String early = first17 + (right == '0' ? '1' : '0');
        assertThat(Uscc.check(early).isValid()).isFalse();
        SignIn signIn = new SignIn(securityManager);
        signIn.run("sysadmin", () -> allowList.add(early, "1998 年工商登记时赋码，早于 GB 32100"));
        signIn.call("creditofficer", () -> subjects.register(new NewSubject(SubjectKind.LEGAL_PERSON,
                "沈阳早期赋码测试有限公司", early, "张三", "210102", LocalDate.of(1998, 5, 1))));
        RawHttp http = new RawHttp(port);

        Map<String, RawHttp.Response> answers = new LinkedHashMap<>();
        answers.put("subject lookup", http.get("/api/v1/subjects/" + early, MARKET));
        answers.put("credit check", http.get("/api/v1/subjects/" + early + "/credit-check", MARKET));
        answers.put("pledge list", http.get("/api/v1/pledges?subject=" + early, MARKET));
        answers.put("filing", http.send("POST", "/api/v1/filings", "application/json", """
                {"matterCode": "LN-SCJG-001", "subjectIdentifier": "%s", "externalReference": "EARLY-1"}"""
                .formatted(early), MARKET));
        answers.put("pledge", http.send("POST", "/api/v1/pledges", "application/json", """
                {"templateCode": "INDUSTRY-SELF-DISCIPLINE", "subjectIdentifier": "%s", "reason": "入会承诺",
                 "fields": {"association": "辽宁省物流与采购联合会", "industry": "交通运输业"}, "publicity": "PUBLIC",
                 "externalReference": "EARLY-2"}""".formatted(early), MARKET));
        answers.forEach((path, answer) -> assertThat(answer.status()).as(path + ": " + answer.body()).isLessThan(300));
        JsonNode file = JSON.readTree(answers.get("subject lookup").body());
        assertThat(file.toString()).contains("沈阳早期赋码测试有限公司");
    }

    @Test
    void anAllowListedCodeNobodyRegisteredIsWellFormedButNotRegistered() throws Exception {
        String first17 = "91210102MA0EARLY" + "2";
        char right = Uscc.checkCharacter(first17);
        String early = first17 + (right == '0' ? '1' : '0');
        new SignIn(securityManager).run("sysadmin", () -> allowList.add(early, "1999 年赋码，尚未登记"));
        RawHttp http = new RawHttp(port);
        RawHttp.Response filing = http.send("POST", "/api/v1/filings", "application/json", """
                {"matterCode": "LN-SCJG-001", "subjectIdentifier": "%s", "externalReference": "EARLY-3"}"""
                .formatted(early), MARKET);
        assertThat(filing.status()).isEqualTo(400);
        assertThat(violation(filing)).isEqualTo("subjectIdentifier:validation.subject.notRegistered");
        assertThat(http.get("/api/v1/subjects/" + early, MARKET).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/pledges?subject=" + early, MARKET).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/subjects/" + early + "/credit-check", MARKET).status()).isEqualTo(200);
    }

    @Test
    void malformedUnknownAndMissingAreThreeAnswers() throws Exception {
        RawHttp http = new RawHttp(port);
        String unknown = "91210102MA0XXXXXX" + Uscc.checkCharacter("91210102MA0XXXXXX");
        String malformed = "91210102MA0XXXXXX" + (Uscc.checkCharacter("91210102MA0XXXXXX") == '0' ? '1' : '0');
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("/api/v1/filings", """
                {"matterCode": "LN-SCJG-001", %s "externalReference": "THREE-%s"}""");
        bodies.put("/api/v1/pledges", """
                {"templateCode": "INDUSTRY-SELF-DISCIPLINE", %s "reason": "入会承诺",
                 "fields": {"association": "辽宁省物流与采购联合会", "industry": "交通运输业"}, "publicity": "PUBLIC",
                 "externalReference": "THREE-%s"}""");
        bodies.put("/api/v1/objections", """
                {"recordType": "BREACH", "recordId": 1, "ground": "ERROR", "description": "记录有误", %s
                 "externalReference": "THREE-%s"}""");
        int serial = 0;
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            RawHttp.Response bad = http.send("POST", body.getKey(), "application/json", body.getValue()
                    .formatted("\"subjectIdentifier\": \"" + malformed + "\",", ++serial), MARKET);
            assertThat(bad.status()).as(body.getKey() + " malformed").isEqualTo(400);
            assertThat(violation(bad)).isEqualTo("subjectIdentifier:validation.uscc.WRONG_CHECK_CHARACTER");
            RawHttp.Response nobody = http.send("POST", body.getKey(), "application/json", body.getValue()
                    .formatted("\"subjectIdentifier\": \"" + unknown + "\",", ++serial), MARKET);
            assertThat(nobody.status()).as(body.getKey() + " not registered").isEqualTo(400);
            assertThat(violation(nobody)).isEqualTo("subjectIdentifier:validation.subject.notRegistered");
            RawHttp.Response missing = http.send("POST", body.getKey(), "application/json", body.getValue()
                    .formatted("", ++serial), MARKET);
            assertThat(missing.status()).as(body.getKey() + " missing").isEqualTo(400);
            assertThat(violation(missing)).isEqualTo("subjectIdentifier:validation.required");
        }
        assertThat(http.get("/api/v1/subjects/" + malformed, MARKET).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/subjects/" + unknown, MARKET).status()).isEqualTo(404);
    }

    private static String violation(RawHttp.Response response) throws Exception {
        JsonNode first = JSON.readTree(response.body()).path("violations").path(0);
        return first.path("field").asText() + ":" + first.path("reason").asText();
    }
}
