package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.filing.FilingDocuments;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corpus of bad requests against every API that takes input (filings, pledges, withdrawals, objections, penalty
 * responses and feedback, subject look-ups and credit checks) and the document uploads of the screens: malformed
 * JSON, wrong types, missing and oversize fields, invalid USCCs and citizen IDs (full-width digits, lower case, a wrong
 * check character), SQL and script injection, emoji and control characters, empty and huge files. Each gets a 400
 * that names the field, and nothing is stored. Text that is accepted and shown on a public page is shown as text.
 */
@Tag("reliability")
@WebIntegrationTest
class BadInputIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MARKET = RawHttp.basic("api-market", SignIn.DEMO_PASSWORD);
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String SQL = "' OR '1'='1'; DROP TABLE filing; --";
    /** Stand-ins replaced in the bytes sent: an escaped lone surrogate, an overlong UTF-8 form of '.'. */
    static final String LONE_SURROGATE = "@LONE@";
    static final String OVERLONG = "@OVERLONG@";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FilingDocuments filingDocuments;
    @Autowired
    cn.gov.ln.credit.pledge.PledgeQueries pledges;
    @Autowired
    org.apache.shiro.mgt.SecurityManager securityManager;

    record BadRequest(String name, String method, String path, String contentType, String body) {
    }

    @Test
    void everyBadRequestIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
        RawHttp http = new RawHttp(port);
        String uscc = jdbc.queryForObject("SELECT uscc FROM credit_subject WHERE uscc IS NOT NULL AND division_code "
                + "LIKE '2101%' ORDER BY id OFFSET 40 ROWS FETCH NEXT 1 ROWS ONLY", String.class);
        demoCaseOfTheMarketRegulator(http);
        Long penaltyCase = jdbc.queryForList("SELECT r.case_id FROM penalty_response r JOIN department d ON d.id = "
                + "r.department_id WHERE d.code = '210000-MARKET_REGULATION' AND r.status = 'PENDING' ORDER BY r.case_id",
                Long.class).stream().findFirst().orElse(null);
        String pledge = jdbc.queryForObject("SELECT p.record_code FROM pledge p JOIN department d ON d.id = "
                + "p.accepting_department_id WHERE d.code = '210000-MARKET_REGULATION' AND p.status = 'SIGNED' "
                + "ORDER BY p.id DESC FETCH FIRST 1 ROWS ONLY", String.class);
        Map<String, Object> listed = jdbc.queryForMap("SELECT e.id, s.uscc FROM penalty_case c JOIN list_entry e ON "
                + "e.id = c.list_entry_id JOIN credit_subject s ON s.id = e.subject_id WHERE s.uscc IS NOT NULL "
                + "ORDER BY c.id FETCH FIRST 1 ROWS ONLY");
        List<BadRequest> corpus = new ArrayList<>();
        Map<String, String> bases = new LinkedHashMap<>();
        bases.put("/api/v1/filings", """
                {"matterCode": "LN-SCJG-001", "subjectIdentifier": "%s", "externalReference": "BAD-FILING"}"""
                .formatted(uscc));
        bases.put("/api/v1/pledges", """
                {"templateCode": "INDUSTRY-SELF-DISCIPLINE", "subjectIdentifier": "%s", "reason": "入会承诺",
                 "fields": {"association": "辽宁省物流与采购联合会", "industry": "交通运输业"}, "publicity": "PUBLIC",
                 "externalReference": "BAD-PLEDGE"}""".formatted(uscc));
        bases.put("/api/v1/pledges/" + pledge + "/withdrawal", """
                {"reason": "申请人撤回"}""");
        bases.put("/api/v1/objections", """
                {"subjectIdentifier": "%s", "recordType": "LIST_ENTRY", "recordId": %d, "ground": "SOURCE_MISMATCH",
                 "description": "当事人称已履行", "externalReference": "BAD-OBJECTION"}""".formatted(listed.get("uscc"),
                ((Number) listed.get("id")).longValue()));
        if (penaltyCase != null) {
            bases.put("/api/v1/penalty-cases/" + penaltyCase + "/response", """
                    {"outcome": "APPLIED", "appliedMeasures": "限制其参加政府采购"}""");
        }
        for (Map.Entry<String, String> base : bases.entrySet()) {
            ObjectNode valid = (ObjectNode) JSON.readTree(base.getValue());
            valid.fieldNames().forEachRemaining(field -> mutations(field).forEach((name, value) -> {
                ObjectNode bad = valid.deepCopy();
                if (value == MISSING) {
                    bad.remove(field);
                } else {
                    bad.set(field, value);
                }
                if (!field.equals("externalReference") && bad.has("externalReference")) {
                    bad.put("externalReference", "BAD-" + corpus.size());
                }
                if (!accepted(field, name)) {
                    corpus.add(new BadRequest(field + " " + name, "POST", base.getKey(), "application/json",
                            bad.toString()));
                }
            }));
            malformed().forEach((name, body) -> corpus.add(new BadRequest(name, "POST", base.getKey(),
                    "application/json", body)));
            notOneDocument(valid, corpus.size()).forEach((name, body) -> corpus.add(new BadRequest(name, "POST",
                    base.getKey(), "application/json", body)));
        }
        for (Map.Entry<String, String> id : identifiers(uscc).entrySet()) {
            String encoded = java.net.URLEncoder.encode(id.getValue(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20");
            String inPath = id.getKey().equals("script") ? java.net.URLEncoder.encode("<img src=x onerror=alert(1)>",
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") : encoded;
            corpus.add(new BadRequest("subject " + id.getKey(), "GET", "/api/v1/subjects/" + inPath, null, null));
            corpus.add(new BadRequest("credit check " + id.getKey(), "GET", "/api/v1/subjects/" + inPath
                    + "/credit-check", null, null));
            corpus.add(new BadRequest("pledges of " + id.getKey(), "GET", "/api/v1/pledges?subject=" + encoded,
                    null, null));
        }

        long[] before = stored();
        List<String> failures = new ArrayList<>();
        int namedField = 0;
        for (BadRequest bad : corpus) {
            RawHttp.Response response = "GET".equals(bad.method()) ? http.get(bad.path(), MARKET)
                    : http.sendBytes(bad.method(), bad.path(), bad.contentType(), bytes(bad.body()), MARKET);
            int expected = bad.name().equals("three megabytes") ? 413 : 400;
            if (response.status() != expected) {
                failures.add(bad.path() + " " + bad.name() + ": " + response.status() + " " + abbreviate(response.body()));
                continue;
            }
            JsonNode answer;
            try {
                answer = JSON.readTree(response.body());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                failures.add(bad.path() + " " + bad.name() + ": 400 but not our JSON: " + abbreviate(response.body()));
                continue;
            }
            List<String> fields = answer.path("violations").findValuesAsText("field");
            if (fields.isEmpty() || fields.stream().anyMatch(String::isBlank)
                    || answer.path("violations").findValuesAsText("message").stream().anyMatch(String::isBlank)) {
                failures.add(bad.path() + " " + bad.name() + ": no field named in " + abbreviate(response.body()));
            } else {
                namedField++;
            }
        }
        int uploads = uploads(failures);
        long[] after = stored();
        System.out.printf("bad requests: %d (+%d uploads); 400 naming the field: %d; other answers: %d; "
                + "rows stored: %d%n", corpus.size(), uploads, namedField, failures.size(), sum(after) - sum(before));
        assertThat(failures).as("bad requests not refused as they should be").isEmpty();
        assertThat(after).as("filings, pledges, objections, penalty answers, documents: nothing stored")
                .containsExactly(before);
        assertThat(new SignIn(securityManager).call("creditofficer", pledges::verifyRegistry).intact())
                .as("the pledge registry's chain still verifies").isTrue();
        assertThat(corpus.size() + uploads).isGreaterThanOrEqualTo(200);
    }

    @Test
    void aBodyThatIsNotOneDocumentOfTheRequestIsRefusedSayingWhy() throws Exception {
        RawHttp http = new RawHttp(port);
        String body = "{\"matterCode\": \"LN-SCJG-001\", \"subjectIdentifier\": \"x\", \"externalReference\": \"S\"}";
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(body + " {}", List.of("body", "validation.trailingContent"));
        expected.put(body + body, List.of("body", "validation.trailingContent"));
        expected.put("{\"subjectIdentifier\": \"y\", " + body.substring(1),
                List.of("subjectIdentifier", "validation.duplicateProperty"));
        expected.put(body.replace("}", ", \"publicity\": \"PUBLIC\"}"),
                List.of("publicity", "validation.unknownProperty"));
        long[] before = stored();
        for (Map.Entry<String, List<String>> bad : expected.entrySet()) {
            RawHttp.Response response = http.send("POST", "/api/v1/filings", "application/json", bad.getKey(),
                    MARKET);
            assertThat(response.status()).as(bad.getKey()).isEqualTo(400);
            JsonNode violation = JSON.readTree(response.body()).path("violations").path(0);
            assertThat(List.of(violation.path("field").asText(), violation.path("reason").asText()))
                    .as(bad.getKey()).isEqualTo(bad.getValue());
            assertThat(violation.path("message").asText()).isNotBlank().doesNotContain("validation.");
        }
        assertThat(stored()).containsExactly(before);
    }

    @Test
    void textShownOnPublicPagesIsShownAsText() throws Exception {
        RawHttp http = new RawHttp(port);
        String uscc = jdbc.queryForObject("SELECT uscc FROM credit_subject WHERE uscc IS NOT NULL AND division_code "
                + "LIKE '2101%' ORDER BY id OFFSET 41 ROWS FETCH NEXT 1 ROWS ONLY", String.class);
        String payload = "<img src=x onerror=\"document.title='pwned'\">" + SCRIPT;
        RawHttp.Response drafted = http.send("POST", "/api/v1/pledges", "application/json", """
                {"templateCode": "INDUSTRY-SELF-DISCIPLINE", "subjectIdentifier": "%s", "reason": "%s",
                 "fields": {"association": "%s", "industry": "交通运输业"}, "publicity": "PUBLIC",
                 "externalReference": "XSS-PUBLIC-1"}""".formatted(uscc, payload.replace("\"", "\\\""),
                payload.replace("\"", "\\\"")), MARKET);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String draftRef = JSON.readTree(drafted.body()).get("draftRef").asText();
        RawHttp.Response signed = http.send("POST", "/api/v1/pledges/" + draftRef + "/sign", null, null, MARKET);
        assertThat(signed.status()).isEqualTo(200);
        String code = JSON.readTree(signed.body()).get("recordCode").asText();
        try (BrowserSession visitor = new BrowserSession(port)) {
            visitor.open("/public/pledges");
            visitor.awaitText(By.tagName("body"), "辽宁");
            visitor.awaitText(By.tagName("body"), code);
            visitor.click(By.cssSelector("#public-pledge-" + code + " vaadin-details-summary"));
            visitor.awaitText(By.tagName("body"), "onerror");
            assertThat(visitor.driver().findElements(By.cssSelector("img[src='x']"))).as("no injected element")
                    .isEmpty();
            assertThat(visitor.driver().findElement(By.tagName("body")).getText()).as("the markup shown as text")
                    .contains("<img src=x onerror=");
            assertThat(visitor.driver().getTitle()).doesNotContain("pwned");
        }
    }

    private static final JsonNode MISSING = JSON.getNodeFactory().missingNode();

    /** Every way a field's value can be wrong: absent, wrong type, empty, too long, hostile or unprintable text. */
    private static Map<String, JsonNode> mutations(String field) {
        var f = JSON.getNodeFactory();
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("missing", MISSING);
        m.put("null", f.nullNode());
        m.put("empty", f.textNode(""));
        m.put("blank", f.textNode("   "));
        m.put("array", f.arrayNode().add(1).add(2));
        m.put("object", f.objectNode().put("a", 1));
        m.put("number", f.numberNode(12345));
        m.put("boolean", f.booleanNode(true));
        m.put("oversize", f.textNode("长".repeat(10_000)));
        m.put("control characters", f.textNode("a\u0000b\u0007c\u001b"));
        m.put("sql", f.textNode(SQL));
        m.put("script", f.textNode(SCRIPT));
        m.put("emoji", f.textNode("😀🔥"));
        m.put("lone surrogate", f.textNode("a" + LONE_SURROGATE + "b"));
        m.put("right-to-left override", f.textNode("abc\u202Edef"));
        m.put("noncharacter", f.textNode("a\uFFFFb"));
        m.put("zero-width space", f.textNode("a\u200Bb"));
        m.put("overlong UTF-8", f.textNode("a" + OVERLONG + "b"));
        m.put("huge number", f.numberNode(new java.math.BigDecimal("1e400")));
        return m;
    }

    /**
     * The mutations a field may legitimately take: free text can hold quotes, markup and emoji (it is stored as text
     * and escaped where shown); optional fields may be absent or null; a withdrawal reason is free text too.
     */
    private static boolean accepted(String field, String mutation) {
        boolean freeText = List.of("reason", "description", "appliedMeasures").contains(field);
        boolean optional = List.of("externalReference", "fields").contains(field);
        if (freeText && List.of("sql", "script", "emoji").contains(mutation)) {
            return true;
        }
        if (field.equals("externalReference") && List.of("sql", "script").contains(mutation)) {
            return false;
        }
        return optional && List.of("missing", "null", "empty", "blank").contains(mutation);
    }

    private static Map<String, String> malformed() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("truncated JSON", "{\"a\": ");
        m.put("trailing comma", "{\"a\": 1,}");
        m.put("not JSON", "matterCode=LN-SCJG-001");
        m.put("XML", "<filing><matterCode>LN-SCJG-001</matterCode></filing>");
        m.put("a JSON array", "[1, 2, 3]");
        m.put("a JSON string", "\"text\"");
        m.put("JSON null", "null");
        m.put("empty body", "");
        m.put("deep nesting", "[".repeat(5_000) + "]".repeat(5_000));
        m.put("three megabytes", "{\"a\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}");
        return m;
    }

    /**
     * A valid body made not one well-formed document of the request: content after it, two of it back to back, a
     * key given twice (the second would win), a property the request does not have.
     */
    private static Map<String, String> notOneDocument(ObjectNode valid, int serial) {
        ObjectNode own = valid.deepCopy();
        if (own.has("externalReference")) {
            own.put("externalReference", "STRICT-" + serial);
        }
        String body = own.toString();
        String first = own.fieldNames().next();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("trailing content after the object", body + " x");
        m.put("two objects back to back", body + body);
        m.put("a key given twice", "{\"" + first + "\": " + own.get(first) + ", " + body.substring(1));
        m.put("a property the request does not have", body.substring(0, body.length() - 1)
                + ", \"publicityOverride\": \"PUBLIC\"}");
        return m;
    }

    /** The body's bytes, with the stand-ins for what a Java string cannot hold as UTF-8 put in. */
    static byte[] bytes(String body) {
        if (body == null) {
            return null;
        }
        String escaped = body.replace(LONE_SURROGATE, "\\ud800");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String[] parts = escaped.split(OVERLONG, -1);
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                out.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAE});
            }
        }
        return out.toByteArray();
    }

    /** Identifiers that are not a USCC or citizen ID of the register's form. */
    private static Map<String, String> identifiers(String uscc) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("lower case", uscc.toLowerCase(java.util.Locale.ROOT));
        m.put("full-width digits", uscc.chars().mapToObj(c -> Character.isDigit(c)
                ? String.valueOf((char) (c - '0' + '０')) : String.valueOf((char) c)).reduce("", String::concat));
        char check = uscc.charAt(17);
        m.put("wrong check character", uscc.substring(0, 17) + (check == '0' ? '1' : '0'));
        m.put("17 characters", uscc.substring(0, 17));
        m.put("19 characters", uscc + "0");
        m.put("citizen ID with a wrong check digit", "11010519491231002Y");
        m.put("citizen ID in full-width digits", "１１０１０５１９４９１２３１００２Ｘ");
        m.put("citizen ID with an impossible date", "110105194913310021");
        m.put("sql", SQL);
        m.put("script", SCRIPT);
        m.put("emoji", "😀😀😀😀😀😀😀😀😀");
        m.put("control character", uscc.substring(0, 10) + "\u0007" + uscc.substring(11));
        m.put("spaces", " " + uscc + " ");
        return m;
    }

    /** Empty, huge, mistyped and misnamed files through the upload the screens use. */
    private int uploads(List<String> failures) {
        long filing = jdbc.queryForObject("SELECT f.id FROM filing f JOIN department d ON d.id = f.department_id "
                + "WHERE d.code = '210100-MARKET_REGULATION' ORDER BY f.id FETCH FIRST 1 ROWS ONLY", Long.class);
        byte[] pdf = "%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("empty file", new Object[] {"营业执照", "a.pdf", "application/pdf", new byte[0], "file"});
        cases.put("21 MB file", new Object[] {"营业执照", "a.pdf", "application/pdf", new byte[21 * 1024 * 1024], "file"});
        cases.put("executable", new Object[] {"营业执照", "a.exe", "application/x-msdownload", pdf, "file"});
        cases.put("HTML", new Object[] {"营业执照", "a.html", "text/html", pdf, "file"});
        cases.put("no paper name", new Object[] {"", "a.pdf", "application/pdf", pdf, "paperName"});
        cases.put("file name with a control character", new Object[] {"营业执照", "a\u0000.pdf", "application/pdf", pdf,
                "fileName"});
        cases.put("file name of 300 characters", new Object[] {"营业执照", "a".repeat(300) + ".pdf", "application/pdf",
                pdf, "fileName"});
        cases.put("file name with a right-to-left override", new Object[] {"营业执照", "invoice\u202Efdp.exe",
                "application/pdf", pdf, "fileName"});
        cases.put("file name with a lone surrogate", new Object[] {"营业执照", "a\uD800.pdf", "application/pdf", pdf,
                "fileName"});
        SignIn signIn = new SignIn(securityManager);
        for (Map.Entry<String, Object[]> upload : cases.entrySet()) {
            Object[] a = upload.getValue();
            try {
                signIn.run("intake", () -> filingDocuments.upload(filing, (String) a[0], (String) a[1],
                        (String) a[2], (byte[]) a[3]));
                failures.add("upload " + upload.getKey() + ": accepted");
            } catch (ValidationException e) {
                if (e.violations().stream().noneMatch(v -> v.field().equals(a[4]))) {
                    failures.add("upload " + upload.getKey() + ": " + e.violations());
                }
            }
        }
        return cases.size();
    }

    private void demoCaseOfTheMarketRegulator(RawHttp http) {
        Waiting.upTo(Duration.ofSeconds(60), Duration.ofMillis(300))
                .alias("a penalty case reaches the market regulator")
                .until(() -> JSON.readTree(http.get("/api/v1/penalty-cases?status=all", MARKET).body()).size() > 0);
    }

    private long[] stored() {
        return new long[] {count("filing"), count("pledge"), count("objection"), count("filing_document"),
                jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response WHERE status <> 'PENDING'", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM pledge WHERE status = 'WITHDRAWN'", Long.class)};
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static long sum(long[] values) {
        return java.util.Arrays.stream(values).sum();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
