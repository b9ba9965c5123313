package cn.gov.ln.credit.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine door's policy against the table in {@code security/engine-door.csv}, and the paths' other spellings. */
class EngineDoorTest {

    record Row(String method, String path, String door, boolean allowed) {
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = EngineDoorTest.class.getResourceAsStream("/security/engine-door.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines.get(0)).isEqualTo("method,path,door,procadmin,why");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", 5);
                rows.add(new Row(cells[0], cells[1], cells[2], cells[3].equals("Y")));
            }
        }
        return rows;
    }

    @Test
    void everyRowOfTheTableIsJudgedAsWrittenAtEveryDoor() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Row> rows = table();
        for (Row row : rows) {
            List<String> paths = row.door().equals("engine")
                    ? List.of("/engine-rest" + row.path(), "/engine-rest/engine/default" + row.path(),
                            "/camunda/api/engine/engine/default" + row.path())
                    : List.of(row.path());
            for (String path : paths) {
                if (EngineDoor.judge(row.method(), path).allowed() != row.allowed()) {
                    wrong.add(row.method() + " " + path);
                }
            }
        }
        assertThat(wrong).as("calls judged otherwise than the table says").isEmpty();
        assertThat(rows.stream().filter(r -> !r.allowed())).as("refused rows").hasSizeGreaterThan(50);
    }

    @Test
    void whatNoRuleNamesIsRefused() {
        assertThat(EngineDoor.judge("PATCH", "/engine-rest/process-definition").allowed()).isFalse();
        assertThat(EngineDoor.judge("OPTIONS", "/engine-rest/process-definition").allowed()).isFalse();
        assertThat(EngineDoor.judge("POST", "/engine-rest/job/retries/").allowed()).isFalse();
        assertThat(EngineDoor.judge("POST", "/engine-rest/new-resource/anything").allowed()).isFalse();
        assertThat(EngineDoor.judge("GET", "/engine-rest/new-resource").allowed()).isFalse();
        assertThat(EngineDoor.judge("POST", "/camunda/api/welcome/default/anything").allowed()).isFalse();
        assertThat(EngineDoor.judge("HEAD", "/engine-rest/process-definition").allowed()).isTrue();
        assertThat(EngineDoor.judge("GET", "/camunda/favicon.ico").allowed()).isTrue();
        assertThat(EngineDoor.judge("GET", "/camunda/api").allowed()).isFalse();
        assertThat(EngineDoor.judge("POST", "/camunda/favicon.ico").allowed()).isFalse();
    }

    @Test
    void aChangeIsAuditedWithItsReasonAndAReadIsNot() {
        assertThat(EngineDoor.judge("PUT", "/engine-rest/job/1/retries").rule().kind())
                .isEqualTo(EngineDoor.Kind.CHANGE);
        assertThat(EngineDoor.judge("POST", "/engine-rest/process-instance").rule().kind())
                .isEqualTo(EngineDoor.Kind.READ);
    }
}
