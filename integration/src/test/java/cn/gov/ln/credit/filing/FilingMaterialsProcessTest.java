package cn.gov.ln.credit.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.matter.PermitMaterial;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.Materials;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The materials attached while filing, against the matter's catalogue from V24: on the portal every required
 * material is attached (but those a pledge in lieu replaces), each of a type and size its material accepts; any
 * problem refuses the whole application, named per material, and stores nothing; a filing that passes has its
 * papers stored with it. The window keeps filing without attachments.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class FilingMaterialsProcessTest extends FilingProcessSupport {

    private static final String PRODUCTS = "LN-SCJG-003";
    private static final String FORM = "生产许可申请书";
    private static final String LICENCE = "营业执照复印件";
    private static final String REPORT = "产品检验合格报告";

    @Test
    void theCatalogueCarriesTheGuideOfEveryMatter() {
        for (PermitMatter matter : matters.all()) {
            assertThat(matter.conditionList()).as(matter.code() + " conditions").isNotEmpty();
            assertThat(matter.fees()).as(matter.code() + " fees").isNotBlank();
            assertThat(matter.materials()).as(matter.code() + " materials").anyMatch(PermitMaterial::required)
                    .anyMatch(m -> !m.required());
            if (!matter.inLieuAllowed()) {
                assertThat(matter.materials()).as(matter.code() + " without a pledge route")
                        .noneMatch(PermitMaterial::replacedByPledge);
            }
        }
        PermitMatter products = matters.get(PRODUCTS);
        assertThat(products.fees()).isEqualTo("不收费");
        PermitMaterial form = products.materials().get(0);
        assertThat(form.name()).isEqualTo(FORM);
        assertThat(form.types()).containsExactly("application/pdf");
        assertThat(form.maxMegabytes()).isEqualTo(10);
        assertThat(products.materials()).filteredOn(PermitMaterial::replacedByPledge).extracting(PermitMaterial::name)
                .containsExactly(LICENCE, REPORT);
        assertThat(products.papers()).startsWith(FORM, LICENCE, REPORT);
    }

    @Test
    void aPortalFilingMissingARequiredMaterialIsRefusedNamingItAndNothingIsStored() {
        String applicant = newApplicant("A");
        long[] before = stored();
        List<NewAttachment> attached = List.of(Materials.pdf(FORM), Materials.pdf(LICENCE));
        ValidationException refused = refusal(applicant, PRODUCTS, false, attached);
        assertThat(byField(refused)).containsExactly(Map.entry(field(REPORT), "validation.material.missing"));
        assertThat(stored()).as("no filing, paper or event").containsExactly(before);
    }

    @Test
    void wrongTypeMismatchedContentTooLargeEmptyAndUnknownMaterialsAreEachNamedAndNothingIsStored() {
        String applicant = newApplicant("A");
        long[] before = stored();
        List<NewAttachment> attached = new ArrayList<>();
        attached.add(new NewAttachment(FORM, "申请书.png", "image/png", png()));
        attached.add(new NewAttachment(LICENCE, "执照.pdf", "application/pdf", "MZ not a pdf".getBytes(
                StandardCharsets.UTF_8)));
        byte[] large = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF".getBytes(StandardCharsets.UTF_8), 0, large, 0, 4);
        attached.add(new NewAttachment(REPORT, "报告.pdf", "application/pdf", large));
        attached.add(new NewAttachment("授权委托书（委托代理人办理时提交）", "委托书.pdf", "application/pdf", new byte[0]));
        attached.add(Materials.pdf("不在目录中的材料"));
        ValidationException refused = refusal(applicant, PRODUCTS, false, attached);
        assertThat(byField(refused)).containsOnly(
                Map.entry(field(FORM), "validation.material.type"),
                Map.entry(field(LICENCE), "validation.material.content"),
                Map.entry(field(REPORT), "validation.document.tooLarge"),
                Map.entry(field("授权委托书（委托代理人办理时提交）"), "validation.document.empty"),
                Map.entry(field("不在目录中的材料"), "validation.material.unknown"));
        assertThat(refused.violations()).filteredOn(v -> v.field().equals(field(FORM)))
                .extracting(v -> v.arguments().get(0)).containsExactly("PDF");
        assertThat(stored()).as("no filing, paper or event").containsExactly(before);
    }

    @Test
    void theRequiredMaterialsAttachedAreStoredWithTheFilingInItsTransaction() {
        String applicant = newApplicant("A");
        List<NewAttachment> attached = new ArrayList<>(Materials.required(matters, PRODUCTS, false));
        attached.add(new NewAttachment("授权委托书（委托代理人办理时提交）", "委托书.png", "image/png", png()));
        Filing filing = signIn.call(applicant, () -> filings.file(new NewFiling(PRODUCTS, null, false, null, null),
                attached));
        List<Map<String, Object>> papers = jdbc.queryForList("SELECT paper_name, content_type, size_bytes, "
                + "uploaded_by FROM filing_document WHERE filing_id = ? ORDER BY id", filing.id());
        assertThat(papers).extracting(p -> p.get("paper_name")).containsExactly(FORM, LICENCE, REPORT,
                "授权委托书（委托代理人办理时提交）");
        assertThat(papers).allSatisfy(p -> assertThat(p.get("uploaded_by")).isEqualTo(applicant));
        assertThat(events(filing)).containsSubsequence("FILED", "PAPER_UPLOADED");
        assertThat(signIn.call(applicant, () -> queries.view(filing.id())).documents()).hasSize(4);
    }

    @Test
    void aPledgeInLieuReplacesTheCertificatesItCoversButNotTheApplicationForm() {
        String applicant = newApplicant("A");
        Pledge pledge = signFoodPledge(applicant);
        PermitMatter food = matters.get(FOOD);
        List<String> replaced = food.materials().stream().filter(PermitMaterial::replacedByPledge)
                .map(PermitMaterial::name).toList();
        assertThat(replaced).isNotEmpty();
        ValidationException refused = refusal(applicant, FOOD, true, List.of());
        assertThat(byField(refused)).containsExactly(Map.entry(field("食品经营许可申请书"),
                "validation.material.missing"));
        Filing filing = signIn.call(applicant, () -> filings.file(new NewFiling(FOOD, null, true, pledge.recordCode(),
                null), List.of(Materials.pdf("食品经营许可申请书"))));
        assertThat(filing.inLieuRequested()).isTrue();
        ValidationException withoutPledge = refusal(newApplicant("A"), FOOD, false,
                List.of(Materials.pdf("食品经营许可申请书")));
        assertThat(byField(withoutPledge).keySet()).as("without the pledge the certificates are required")
                .containsExactlyInAnyOrderElementsOf(replaced.stream().map(FilingMaterialsProcessTest::field)
                        .toList());
    }

    @Test
    void theWindowStillFilesWithoutAttachmentsButWhatItAttachesIsChecked() {
        Filing filing = fileAtWindow(subject(graded("A")));
        assertThat(filing.channel()).isEqualTo(FilingChannel.WINDOW);
        String uscc = subject(graded("A"));
        assertThatThrownBy(() -> signIn.call("intake", () -> filings.file(new NewFiling(FOOD, uscc, false, null,
                null), List.of(new NewAttachment("食品经营许可申请书", "a.exe", "application/x-msdownload",
                        new byte[] {1})))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(byField(e))
                        .containsExactly(Map.entry(field("食品经营许可申请书"), "validation.material.type")));
    }

    private ValidationException refusal(String applicant, String matter, boolean inLieu,
            List<NewAttachment> attached) {
        String pledge = inLieu ? jdbc.queryForObject("SELECT p.record_code FROM pledge p JOIN app_user u ON "
                + "u.subject_id = p.subject_id WHERE u.username = ? AND p.status = 'SIGNED' AND p.matter_code = ?",
                String.class, applicant, matter) : null;
        try {
            signIn.call(applicant, () -> filings.file(new NewFiling(matter, null, inLieu, pledge, null), attached));
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("the filing was accepted");
    }

    private long[] stored() {
        return new long[] {count("filing"), count("filing_document"), count("filing_event")};
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static Map<String, String> byField(ValidationException e) {
        return e.violations().stream().collect(Collectors.toMap(FieldViolation::field, FieldViolation::messageKey));
    }

    private static String field(String material) {
        return "materials[" + material + "]";
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    }
}
