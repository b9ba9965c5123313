package cn.gov.ln.credit.demo;

import cn.gov.ln.credit.forms.FormComponent;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.pledge.Determination;
import cn.gov.ln.credit.pledge.FulfillmentStatus;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeFulfilment;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.pledgetemplate.NewTemplate;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.PledgeType;
import cn.gov.ln.credit.pledgetemplate.TemplateAudience;
import cn.gov.ln.credit.pledgetemplate.TemplateText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo pledge templates for every pledge type, and signed pledges to look at: the demo applicants' own, and
 * pledges that the market regulation department's system registered for organisations at its counters. Signing
 * goes through the real sign-in and services, never around them.
 */
@Component
class DemoPledges {

    private static final String TEMPLATES = "/demo/pledge-templates.json";

    private final PledgeTemplateService templates;
    private final PledgeService pledges;
    private final PledgeFulfilment fulfilment;
    private final SecurityManager securityManager;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    DemoPledges(PledgeTemplateService templates, PledgeService pledges, PledgeFulfilment fulfilment,
            SecurityManager securityManager, JdbcTemplate jdbc, Clock clock, ObjectMapper json) {
        this.templates = templates;
        this.pledges = pledges;
        this.fulfilment = fulfilment;
        this.securityManager = securityManager;
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /** Creates and publishes the demo templates; call as the system actor. */
    List<String> installTemplates() {
        List<String> codes = new ArrayList<>();
        for (JsonNode node : read()) {
            String form = resource(node.get("form").asText());
            long id = templates.create(new NewTemplate(node.get("code").asText(),
                    PledgeType.valueOf(node.get("type").asText()),
                    node.get("matter").isNull() ? null : node.get("matter").asText(), node.get("title").asText(),
                    TemplateAudience.valueOf(node.get("audience").asText()),
                    new TemplateText(node.get("notice").asText(), node.get("text").asText(),
                            node.get("liability").asText(), form, node.get("validity").asInt(),
                            node.path("personText").asText(null))));
            templates.publish(id);
            codes.add(node.get("code").asText());
        }
        return codes;
    }

    /** Signs the demo pledges: the applicants' own, and {@code count} registered by a department system. */
    void signSamples(int count, long seed) {
        Random random = new Random(seed);
        as("applicant").execute(() -> {
            Pledge draft = pledges.draft(new NewPledge("FOOD-BUSINESS-IN-LIEU", null, "申请食品经营许可，以承诺替代部分证明材料",
                    values("forms/pledge/pledge-food-business.form", random), Publicity.PUBLIC, marketRegulation("210100"),
                    null));
            pledges.signWithPassword(draft.draftRef(), DemoInstallation.PASSWORD.toCharArray());
        });
        as("citizen").execute(() -> {
            Pledge draft = pledges.draft(new NewPledge("CERTIFICATION-GENERAL", null, "申请从业资格，以承诺替代无犯罪记录证明",
                    Map.of("certificate", "无违法犯罪记录证明", "issuingAuthority", "沈阳市公安局和平分局",
                            "purpose", "申请道路运输从业资格"),
                    Publicity.NOT_PUBLIC, marketRegulation("210100"), null));
            pledges.signWithPassword(draft.draftRef(), DemoInstallation.PASSWORD.toCharArray());
        });
        List<String> organisations = jdbc.queryForList("SELECT uscc FROM credit_subject WHERE kind = 'LEGAL_PERSON' "
                + "AND current_grade IN ('A', 'B') ORDER BY id FETCH FIRST " + count + " ROWS ONLY", String.class);
        String[] codes = {"FOOD-BUSINESS-IN-LIEU", "VOLUNTARY-DISCLOSURE", "INDUSTRY-SELF-DISCIPLINE",
            "CERTIFICATION-GENERAL"};
        Map<String, String> forms = Map.of("FOOD-BUSINESS-IN-LIEU", "forms/pledge/pledge-food-business.form",
                "VOLUNTARY-DISCLOSURE", "forms/pledge/pledge-voluntary.form", "INDUSTRY-SELF-DISCIPLINE",
                "forms/pledge/pledge-industry.form", "CERTIFICATION-GENERAL", "forms/pledge/pledge-certification.form");
        Subject system = as("api-market");
        Subject verifier = as("creditofficer");
        for (int i = 0; i < organisations.size(); i++) {
            String code = codes[i % codes.length];
            String uscc = organisations.get(i);
            int index = i;
            Pledge signed = system.execute(() -> {
                Pledge draft = pledges.draft(new NewPledge(code, uscc, "办理" + ("FOOD-BUSINESS-IN-LIEU".equals(code)
                        ? "食品经营许可" : "相关事项") + "时作出的信用承诺", values(forms.get(code), random),
                        index % 5 == 4 ? Publicity.LIMITED : Publicity.PUBLIC, null, "DEMO-" + index));
                return pledges.sign(draft.draftRef());
            });
            if (index % 7 == 3) {
                verifier.execute(() -> fulfilment.determine(signed.recordCode(), new Determination(
                        FulfillmentStatus.FULFILLED, null, null, LocalDate.now(clock), "核查合格")));
            } else if (index % 11 == 5) {
                verifier.execute(() -> fulfilment.determine(signed.recordCode(), new Determination(
                        FulfillmentStatus.PARTLY_FULFILLED, "食品安全管理制度未上墙公示", "责令限期整改",
                        LocalDate.now(clock), null)));
            } else if (index % 13 == 6) {
                system.execute(() -> pledges.withdraw(signed.recordCode(), "申请人撤回许可申请"));
            }
        }
    }

    private Subject as(String username) {
        return signedIn(securityManager, username);
    }

    /** A demo account signed in through the real realm, without a session. */
    static Subject signedIn(SecurityManager securityManager, String username) {
        Subject subject = new Subject.Builder(securityManager).sessionCreationEnabled(false).buildSubject();
        subject.login(new UsernamePasswordToken(username, DemoInstallation.PASSWORD));
        return subject;
    }

    private Long marketRegulation(String division) {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class,
                division + "-MARKET_REGULATION");
    }

    /** Plausible values for every field of a form. */
    static Map<String, Object> values(String formResource, Random random) {
        Map<String, Object> values = new HashMap<>();
        for (FormComponent field : FormSchema.load(formResource).inputs()) {
            Object value = switch (field.type()) {
                case FormComponent.NUMBER -> (long) Math.max(field.min() == null ? 1 : field.min(),
                        20 + random.nextInt(400));
                case FormComponent.CHECKBOX -> true;
                case FormComponent.DATETIME -> LocalDate.of(2026, 12, 1).plusDays(random.nextInt(60)).toString();
                case FormComponent.SELECT, FormComponent.RADIO -> field.options().get(random.nextInt(
                        field.options().size())).value();
                default -> sample(field.key(), random);
            };
            values.put(field.key(), value);
        }
        return values;
    }

    private static String sample(String key, Random random) {
        return switch (key) {
            case "contactPhone" -> "139" + String.format("%08d", random.nextInt(100_000_000));
            case "businessAddress" -> "沈阳市和平区南京北街" + (1 + random.nextInt(300)) + "号";
            case "safetyManager" -> DemoNames.person(random);
            case "commitments" -> "严格遵守食品安全、产品质量和消费者权益保护法律法规，明码标价，不以任何形式进行虚假宣传，七日内无理由退换货。";
            case "association" -> "辽宁省餐饮烹饪行业协会";
            case "issuingAuthority" -> "沈阳市人力资源和社会保障局";
            case "purpose" -> "办理人力资源服务许可";
            default -> "见申请材料";
        };
    }

    private List<JsonNode> read() {
        try (InputStream in = DemoPledges.class.getResourceAsStream(TEMPLATES)) {
            List<JsonNode> nodes = new ArrayList<>();
            json.readTree(in).forEach(nodes::add);
            return nodes;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + TEMPLATES, e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = DemoPledges.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
