package cn.gov.ln.credit.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.demo.DemoInstallation;
import cn.gov.ln.credit.pledgetemplate.NewTemplate;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.PledgeType;
import cn.gov.ln.credit.pledgetemplate.TemplateAudience;
import cn.gov.ln.credit.pledgetemplate.TemplateText;
import cn.gov.ln.credit.pledgetemplate.TemplateVersion;
import cn.gov.ln.credit.seal.Sm3;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.testing.SignIn;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing, withdrawal, supersession, fulfilment events, record codes under concurrent signing, and tamper
 * detection of the sealed registry, against a real database. One subclass per database.
 */
abstract class PledgeRegistryContract {

    @Autowired
    PledgeService pledges;
    @Autowired
    PledgeFulfilment fulfilment;
    @Autowired
    PledgeQueries queries;
    @Autowired
    PledgePublication publication;
    @Autowired
    PledgeLetter letters;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PledgeTemplateService templates;

    SignIn signIn;

    @BeforeEach
    void signInHelper() {
        signIn = new SignIn(securityManager);
    }

    @Test
    void aSignedPledgeGetsACodeAHashAndASealedEntry() {
        Pledge signed = signForOrganisation("INDUSTRY-SELF-DISCIPLINE", Map.of("association", "辽宁省建筑业协会",
                "industry", "建筑业"), Publicity.PUBLIC, null);
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(signed.recordCode()).matches("210000" + today + "\\d{6}");
        assertThat(signed.status()).isEqualTo(PledgeStatus.SIGNED);
        assertThat(signed.letterHash()).hasSize(64).isEqualTo(PledgeRegistry.contentHash(signed));
        assertThat(signed.content()).contains("辽宁省建筑业协会").doesNotContain("{{");
        assertThat(signed.channel()).isEqualTo(Channel.API);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_ledger WHERE pledge_id = ? AND event_id IS NULL",
                Long.class, signed.id())).isEqualTo(1);

        Verification verification = publication.verify(signed.recordCode(), signed.letterHash().toUpperCase());
        assertThat(verification.outcome()).isEqualTo(Verification.Outcome.AUTHENTIC);
        assertThat(verification.current()).isTrue();
        assertThat(publication.verify(signed.recordCode(), "0".repeat(64)).outcome())
                .isEqualTo(Verification.Outcome.HASH_MISMATCH);
        assertThat(publication.verify(signed.recordCode(), "0".repeat(64)).pledgerName()).as("no details leak")
                .isNull();
        assertThat(publication.verify("21000020990101000001", signed.letterHash()).outcome())
                .isEqualTo(Verification.Outcome.NOT_FOUND);
    }

    @Test
    void aSignedPledgeIsVerifiedByItsShortCodeWhichTheRegistryDoesNotCover() {
        Pledge signed = signForOrganisation("INDUSTRY-SELF-DISCIPLINE", Map.of("association", "辽宁省物业协会",
                "industry", "建筑业"), Publicity.PUBLIC, null);
        String code = signed.verificationCode();
        assertThat(code).hasSize(12).matches("[" + cn.gov.ln.credit.printing.VerificationCodes.ALPHABET + "]+");
        assertThat(signed.letterHash()).as("the code is outside the sealed record")
                .isEqualTo(PledgeRegistry.contentHash(signed));

        String typed = " " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4, 8) + " " + code.substring(8);
        Verification verification = publication.verifyWithCode(signed.recordCode(), typed);
        assertThat(verification.outcome()).isEqualTo(Verification.Outcome.AUTHENTIC);
        assertThat(verification.current()).isTrue();
        assertThat(verification.pledgerName()).isEqualTo(signed.pledgerName());

        String wrong = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        Verification wrongCode = publication.verifyWithCode(signed.recordCode(), wrong);
        Verification unknown = publication.verifyWithCode("21000020990101000001", code);
        assertThat(wrongCode.outcome()).isEqualTo(Verification.Outcome.NOT_FOUND);
        assertThat(unknown.outcome()).as("a wrong code and an unknown record answer alike")
                .isEqualTo(Verification.Outcome.NOT_FOUND);
        assertThat(wrongCode.pledgerName()).as("no details leak").isNull();
        assertThat(publication.verifyWithCode(signed.recordCode(), signed.letterHash()).outcome())
                .isEqualTo(Verification.Outcome.NOT_FOUND);
        assertThat(publication.verifyWithCode(signed.recordCode(), null).outcome())
                .isEqualTo(Verification.Outcome.NOT_FOUND);
    }

    @Test
    void aPledgeSignedBeforeCodesGetsOneWithItsFirstLetterAndTheChainStaysIntact() throws Exception {
        Pledge signed = signForOrganisation("INDUSTRY-SELF-DISCIPLINE", Map.of("association", "辽宁省家政协会",
                "industry", "建筑业"), Publicity.PUBLIC, null);
        jdbc.update("UPDATE pledge SET verification_code = NULL WHERE id = ?", signed.id());
        assertThat(publication.verifyWithCode(signed.recordCode(), signed.verificationCode()).outcome())
                .isEqualTo(Verification.Outcome.NOT_FOUND);

        Pledge forLetter = signIn.call("creditofficer", () -> queries.forLetter(signed.recordCode()));
        String code = forLetter.verificationCode();
        assertThat(code).hasSize(12);
        assertThat(signIn.call("creditofficer", () -> queries.forLetter(signed.recordCode())).verificationCode())
                .as("given once").isEqualTo(code);
        assertThat(publication.verifyWithCode(signed.recordCode(), code).outcome())
                .isEqualTo(Verification.Outcome.AUTHENTIC);
        assertThat(publication.verify(signed.recordCode(), signed.letterHash()).outcome())
                .as("the older letter still verifies by its hash").isEqualTo(Verification.Outcome.AUTHENTIC);
        String text = new PdfTextExtractor(new PdfReader(letters.render(forLetter))).getTextFromPage(1);
        assertThat(text).contains(cn.gov.ln.credit.printing.VerificationCodes.grouped(code));
        assertThat(signIn.call("creditofficer", queries::verifyRegistry).intact()).isTrue();
    }

    @Test
    void theApplicantSignsWithTheirPasswordAndMayWithdrawUntilAFilingReliesOnIt() {
        Pledge draft = signIn.call("applicant", () -> pledges.draft(new NewPledge("VOLUNTARY-DISCLOSURE", null,
                "主动公开诚信经营承诺", Map.of("commitments", "明码标价，诚信经营", "acceptSupervision", true),
                Publicity.PUBLIC, null, null)));
        assertThat(draft.status()).isEqualTo(PledgeStatus.DRAFT);
        assertThat(draft.recordCode()).isNull();
        assertThatThrownBy(() -> signIn.call("applicant", () -> pledges.sign(draft.draftRef())))
                .as("the portal must confirm the password").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> signIn.call("applicant", () -> pledges.signWithPassword(draft.draftRef(),
                "wrong".toCharArray()))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("password"));
        Pledge signed = signIn.call("applicant", () -> pledges.signWithPassword(draft.draftRef(),
                SignIn.DEMO_PASSWORD.toCharArray()));
        assertThat(signed.status()).isEqualTo(PledgeStatus.SIGNED);
        assertThat(signed.pledgerIdentifier()).isEqualTo(DemoInstallation.APPLICANT_USCC);

        Pledge withdrawn = signIn.call("applicant", () -> pledges.withdraw(signed.recordCode(), "经营计划调整"));
        assertThat(withdrawn.status()).isEqualTo(PledgeStatus.WITHDRAWN);
        assertThat(publication.verify(signed.recordCode(), signed.letterHash()).status())
                .isEqualTo(PledgeStatus.WITHDRAWN);
        assertThat(signIn.call("applicant", () -> queries.get(signed.recordCode())).events())
                .extracting(PledgeEvent::eventType).containsExactly(PledgeEventType.WITHDRAWN);

        Pledge relied = signIn.call("applicant", () -> pledges.signWithPassword(pledges.draft(new NewPledge(
                "VOLUNTARY-DISCLOSURE", null, "再次公开承诺", Map.of("commitments", "诚信经营",
                "acceptSupervision", true), Publicity.PUBLIC, null, null)).draftRef(),
                SignIn.DEMO_PASSWORD.toCharArray()));
        signIn.call("creditofficer", () -> fulfilment.relyOn(relied.recordCode(), "FILING-1"));
        assertThatThrownBy(() -> signIn.call("applicant", () -> pledges.withdraw(relied.recordCode(), "不想要了")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aNewPledgeOnTheSameTemplateToTheSameUnitSupersedesTheOldOne() {
        String uscc = organisation(7);
        Pledge first = signForOrganisation(uscc, "INDUSTRY-SELF-DISCIPLINE", Map.of("association", "甲协会",
                "industry", "建筑业"), Publicity.PUBLIC, null);
        Pledge second = signForOrganisation(uscc, "INDUSTRY-SELF-DISCIPLINE", Map.of("association", "乙协会",
                "industry", "建筑业"), Publicity.PUBLIC, null);
        Verification old = publication.verify(first.recordCode(), first.letterHash());
        assertThat(old.status()).isEqualTo(PledgeStatus.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo(second.recordCode());
        assertThat(publication.verify(second.recordCode(), second.letterHash()).current()).isTrue();
    }

    @Test
    void fulfilmentIsDeterminedAsAnEventWithTheNationalTemplatesFields() {
        Pledge signed = signForOrganisation("INDUSTRY-SELF-DISCIPLINE", Map.of("association", "丙协会",
                "industry", "建筑业"), Publicity.PUBLIC, null);
        assertThatThrownBy(() -> signIn.call("creditofficer", () -> fulfilment.determine(signed.recordCode(),
                new Determination(FulfillmentStatus.NOT_FULFILLED, " ", null, LocalDate.now().plusDays(1), null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("unfulfilledContent", "actionTaken", "determinationDate"));
        assertThatThrownBy(() -> signIn.call("intake", () -> fulfilment.determine(signed.recordCode(),
                new Determination(FulfillmentStatus.FULFILLED, null, null, LocalDate.now(), null))))
                .isInstanceOf(AccessDeniedException.class);
        Pledge determined = signIn.call("creditofficer", () -> fulfilment.determine(signed.recordCode(),
                new Determination(FulfillmentStatus.PARTLY_FULFILLED, "未按期公示承诺内容", "责令限期改正",
                        LocalDate.now(), null)));
        assertThat(determined.fulfillmentStatus()).isEqualTo(FulfillmentStatus.PARTLY_FULFILLED);
        assertThat(determined.content()).as("the signed record is unchanged").isEqualTo(signed.content());
        assertThat(determined.letterHash()).isEqualTo(signed.letterHash());
        PledgeEvent event = signIn.call("creditofficer", () -> queries.get(signed.recordCode())).events().get(0);
        assertThat(event.determiningUnit()).isEqualTo("辽宁省发展和改革委员会");
        assertThat(event.determiningUscc()).isNotBlank();
        assertThat(publication.verify(signed.recordCode(), signed.letterHash()).fulfillmentStatus())
                .isEqualTo(FulfillmentStatus.PARTLY_FULFILLED);
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM pledge", Long.class);
        Map<String, Object> fields = new HashMap<>();
        fields.put("businessAddress", "");
        fields.put("floorArea", -3);
        fields.put("businessItems", "卖军火");
        fields.put("contactPhone", "12345");
        fields.put("extra", "x");
        assertThatThrownBy(() -> signIn.call("api-market", () -> pledges.draft(new NewPledge("FOOD-BUSINESS-IN-LIEU",
                "91210102MA0XXXXXX0", "x".repeat(513), fields, null, null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).contains("subjectIdentifier", "reason", "publicity",
                                "fields.businessAddress", "fields.floorArea", "fields.businessItems",
                                "fields.contactPhone", "fields.extra", "fields.safetyManager"));
        assertThatThrownBy(() -> signIn.call("citizen", () -> pledges.draft(new NewPledge("CERTIFICATION-GENERAL",
                null, "理由", Map.of("certificate", "学历学位证明", "issuingAuthority", "某大学", "purpose", "求职"),
                Publicity.PUBLIC, null, null)))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(FieldViolation::messageKey)
                        .containsExactly("validation.pledge.personNotPublic"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge", Long.class)).isEqualTo(before);
    }

    @Test
    void aCitizenIsOfferedOnlyTemplatesWrittenForPeopleAndSignsThePersonsWording() {
        List<String> offered = signIn.call("citizen", () -> templates.publishedFor(SubjectKind.NATURAL_PERSON))
                .stream().map(p -> p.template().code()).toList();
        assertThat(offered).contains("CERTIFICATION-GENERAL", "CREDIT-REPAIR")
                .doesNotContain("FOOD-BUSINESS-IN-LIEU", "INDUSTRY-SELF-DISCIPLINE", "VOLUNTARY-DISCLOSURE");
        assertThat(signIn.call("applicant", () -> templates.publishedFor(SubjectKind.LEGAL_PERSON)))
                .extracting(p -> p.template().code()).contains("FOOD-BUSINESS-IN-LIEU", "CERTIFICATION-GENERAL");

        long before = jdbc.queryForObject("SELECT COUNT(*) FROM pledge", Long.class);
        assertThatThrownBy(() -> signIn.call("citizen", () -> pledges.draft(new NewPledge("VOLUNTARY-DISCLOSURE",
                null, "理由", Map.of("commitments", "诚实守信"), Publicity.NOT_PUBLIC, null, null))))
                .as("the service refuses what the screen does not offer").isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field,
                                FieldViolation::messageKey).contains(org.assertj.core.groups.Tuple.tuple(
                                        "templateCode", "validation.pledge.templateAudience")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge", Long.class)).isEqualTo(before);

        Map<String, Object> certificate = Map.of("certificate", "无违法犯罪记录证明", "issuingAuthority",
                "沈阳市公安局和平分局", "purpose", "办理道路运输从业资格证");
        Pledge person = signIn.call("citizen", () -> pledges.draft(new NewPledge("CERTIFICATION-GENERAL", null,
                "以承诺替代证明", certificate, Publicity.NOT_PUBLIC, null, null)));
        assertThat(person.content()).startsWith("本人").contains("为办理道路运输从业资格证，")
                .doesNotContain("本单位", "办理办理", "{{");
        Pledge organisation = signIn.call("api-market", () -> pledges.draft(new NewPledge("CERTIFICATION-GENERAL",
                organisation(5), "以承诺替代证明", certificate, Publicity.LIMITED, null, null)));
        assertThat(organisation.content()).startsWith("本单位").contains("统一社会信用代码").doesNotContain("本人");
    }

    @Test
    void anAdministratorSaysForWhomATemplateIsWrittenAndTheRuleHoldsFromTheNextDraft() {
        String code = "TEST-PERSONS-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long id = signIn.call("sysadmin", () -> templates.create(new NewTemplate(code, PledgeType.OTHER, null,
                "个人诚信承诺书", TemplateAudience.NATURAL_PERSONS, new TemplateText("告知", "本承诺人{{pledgerName}}守信。",
                        "依法承担责任。", "{\"type\": \"default\", \"components\": []}", 12, "  "))));
        TemplateVersion published = signIn.call("sysadmin", () -> templates.publish(id));
        assertThat(published.personPledgeText()).as("a blank wording for people is none").isNull();
        assertThat(published.textHash()).as("a version without it keeps the hash of the five texts")
                .isEqualTo(Sm3.hex(String.join("\u001f", "告知", "本承诺人{{pledgerName}}守信。", "依法承担责任。",
                        published.formSchema(), "12")));
        NewPledge forOrganisation = new NewPledge(code, organisation(6), "理由", Map.of(), Publicity.LIMITED, null,
                null);
        assertThatThrownBy(() -> signIn.call("api-market", () -> pledges.draft(forOrganisation)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> signIn.run("api-market", () -> templates.changeAudience(id, TemplateAudience.ALL)))
                .isInstanceOf(AccessDeniedException.class);

        signIn.run("sysadmin", () -> templates.changeAudience(id, TemplateAudience.ALL));
        assertThat(signIn.call("api-market", () -> pledges.draft(forOrganisation)).content()).endsWith("守信。");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'TEMPLATE_AUDIENCE_CHANGED' "
                + "AND target_id = ?", Long.class, Long.toString(id))).isEqualTo(1);
    }

    @Test
    void aRepeatedCallWithTheSameExternalReferenceReturnsTheSameDraft() {
        NewPledge request = new NewPledge("INDUSTRY-SELF-DISCIPLINE", organisation(11), "行业自律承诺",
                Map.of("association", "丁协会", "industry", "建筑业"), Publicity.LIMITED, null, "SCJG-2026-000123");
        Pledge first = signIn.call("api-market", () -> pledges.draft(request));
        Pledge again = signIn.call("api-market", () -> pledges.draft(request));
        assertThat(again.id()).isEqualTo(first.id());
        Pledge signed = signIn.call("api-market", () -> pledges.sign(first.draftRef()));
        assertThat(signIn.call("api-market", () -> pledges.sign(first.draftRef())).recordCode())
                .isEqualTo(signed.recordCode());
    }

    @Test
    void pledgesAreSeenOnlyByTheirPartiesAndTheOfficersWhoMay() {
        Pledge citizens = signIn.call("citizen", () -> queries.search(PledgeQuery.ALL, PageRequest.first(10)))
                .get(0).pledge();
        assertThatThrownBy(() -> signIn.call("applicant", () -> queries.get(citizens.recordCode())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.call("liaison", () -> queries.get(citizens.recordCode())))
                .as("the tax bureau did not accept it").isInstanceOf(NotFoundException.class);
        PledgeView byOfficer = signIn.call("intake", () -> queries.get(citizens.recordCode()));
        assertThat(byOfficer.identifierMasked()).isTrue();
        assertThat(byOfficer.identifierShown()).doesNotContain(DemoInstallation.CITIZEN_ID.substring(6, 14));
        PledgeView byOwner = signIn.call("citizen", () -> queries.get(citizens.recordCode()));
        assertThat(byOwner.identifierShown()).isEqualTo(DemoInstallation.CITIZEN_ID);
        assertThat(signIn.call("creditofficer", () -> queries.get(citizens.recordCode()))).isNotNull();

        List<PublicPledge> shown = publication.search(null, null, PageRequest.first(500));
        assertThat(shown).isNotEmpty().noneMatch(p -> p.uscc() == null || p.uscc().length() != 18
                || Character.isDigit(p.uscc().charAt(0)) && p.uscc().startsWith("210"));
        assertThat(publication.search(DemoInstallation.CITIZEN_ID.substring(0, 10), null, PageRequest.first(10)))
                .isEmpty();
        assertThat(publication.search("张明", null, PageRequest.first(10))).isEmpty();
        assertThat(publication.search("沈阳辽信", null, PageRequest.first(10))).extracting(PublicPledge::uscc)
                .contains(DemoInstallation.APPLICANT_USCC);
    }

    @Test
    void theLetterRendersChineseAndCarriesTheCodeAndHash() throws Exception {
        Pledge pledge = signIn.call("applicant", () -> queries.search(PledgeQuery.ALL, PageRequest.first(1)))
                .get(0).pledge();
        byte[] pdf = letters.render(pledge);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("承诺书编号").contains(pledge.recordCode()).contains("沈阳辽信科技有限公司")
                .contains(pledge.letterHash().substring(0, 8))
                .contains(cn.gov.ln.credit.printing.VerificationCodes.grouped(pledge.verificationCode()));
        assertThat(letters.verificationUrl(pledge)).endsWith("/public/verify?n=" + pledge.recordCode() + "&c="
                + pledge.verificationCode());
    }

    @Test
    void concurrentSigningGivesUniqueGaplessCodesAndAnIntactChain() throws Exception {
        int threads = 8;
        int each = 6;
        List<String> organisations = jdbc.queryForList("SELECT uscc FROM credit_subject WHERE kind = 'LEGAL_PERSON' "
                + "ORDER BY id DESC FETCH FIRST " + (threads * each) + " ROWS ONLY", String.class);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<List<String>>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<String> mine = organisations.subList(t * each, (t + 1) * each);
            work.add(() -> {
                List<String> codes = new ArrayList<>();
                for (String uscc : mine) {
                    codes.add(signForOrganisation(uscc, "GENERAL-INTEGRITY", Map.of("matterDescription", "并发签署"),
                            Publicity.LIMITED, null).recordCode());
                }
                return codes;
            });
        }
        List<String> codes = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<String>> result : pool.invokeAll(work)) {
            codes.addAll(result.get());
        }
        pool.shutdown();
        assertThat(codes).hasSize(threads * each).doesNotHaveDuplicates();
        String prefix = codes.get(0).substring(0, 14);
        List<Integer> serials = jdbc.queryForList("SELECT record_code FROM pledge WHERE record_code LIKE ? "
                + "ORDER BY record_code", String.class, prefix + "%").stream()
                .map(code -> Integer.parseInt(code.substring(14))).toList();
        for (int i = 0; i < serials.size(); i++) {
            assertThat(serials.get(i)).as("serial without a gap").isEqualTo(i + 1);
        }
        assertThat(signIn.call("creditofficer", queries::verifyRegistry).intact()).isTrue();
    }

    @Test
    void changingOneByteOfAStoredRecordIsDetected() {
        Pledge signed = signForOrganisation("INDUSTRY-SELF-DISCIPLINE", Map.of("association", "戊协会",
                "industry", "建筑业"), Publicity.PUBLIC, null);
        long seq = jdbc.queryForObject("SELECT seq FROM pledge_ledger WHERE pledge_id = ? AND event_id IS NULL",
                Long.class, signed.id());
        String original = signed.content();
        String altered = original.replaceFirst("戊", "己");
        try {
            jdbc.update("UPDATE pledge SET content = ? WHERE id = ?", altered, signed.id());
            assertThat(publication.verify(signed.recordCode(), signed.letterHash()).outcome())
                    .isEqualTo(Verification.Outcome.TAMPERED);
            ChainReport report = signIn.call("creditofficer", queries::verifyRegistry);
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBrokenSeq()).isEqualTo(seq);
            assertThat(report.recordCode()).isEqualTo(signed.recordCode());
            assertThat(report.reason()).isEqualTo("content");
        } finally {
            jdbc.update("UPDATE pledge SET content = ? WHERE id = ?", original, signed.id());
        }
        try {
            jdbc.update("UPDATE pledge SET status = 'WITHDRAWN' WHERE id = ?", signed.id());
            ChainReport report = signIn.call("creditofficer", queries::verifyRegistry);
            assertThat(report.reason()).isEqualTo("status");
            assertThat(report.recordCode()).isEqualTo(signed.recordCode());
        } finally {
            jdbc.update("UPDATE pledge SET status = 'SIGNED' WHERE id = ?", signed.id());
        }
        String signature = jdbc.queryForObject("SELECT signature FROM pledge_ledger WHERE seq = ?", String.class, seq);
        String entryHash = jdbc.queryForObject("SELECT entry_hash FROM pledge_ledger WHERE seq = ?", String.class,
                seq);
        try {
            String forged = (entryHash.charAt(0) == 'f' ? "0" : "f") + entryHash.substring(1);
            jdbc.update("UPDATE pledge_ledger SET entry_hash = ? WHERE seq = ?", forged, seq);
            assertThat(signIn.call("creditofficer", queries::verifyRegistry).firstBrokenSeq()).isEqualTo(seq);
        } finally {
            jdbc.update("UPDATE pledge_ledger SET entry_hash = ?, signature = ? WHERE seq = ?", entryHash, signature,
                    seq);
        }
        assertThat(signIn.call("creditofficer", queries::verifyRegistry).intact()).isTrue();
        assertThatThrownBy(() -> signIn.call("intake", queries::verifyRegistry))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ofSeveralBrokenEntriesTheEarliestIsReported() {
        Pledge earlier = signForOrganisation("INDUSTRY-SELF-DISCIPLINE", Map.of("association", "庚协会",
                "industry", "建筑业"), Publicity.PUBLIC, null);
        Pledge later = signForOrganisation("INDUSTRY-SELF-DISCIPLINE", Map.of("association", "辛协会",
                "industry", "建筑业"), Publicity.PUBLIC, null);
        long earlierSeq = jdbc.queryForObject("SELECT seq FROM pledge_ledger WHERE pledge_id = ? AND event_id IS NULL",
                Long.class, earlier.id());
        try {
            jdbc.update("UPDATE pledge SET content = ? WHERE id = ?", later.content() + " ", later.id());
            jdbc.update("UPDATE pledge SET content = ? WHERE id = ?", earlier.content() + " ", earlier.id());
            ChainReport report = signIn.call("creditofficer", queries::verifyRegistry);
            assertThat(report.firstBrokenSeq()).isEqualTo(earlierSeq);
            assertThat(report.recordCode()).isEqualTo(earlier.recordCode());
            assertThat(report.checked()).isEqualTo(earlierSeq - 1);
        } finally {
            jdbc.update("UPDATE pledge SET content = ? WHERE id = ?", earlier.content(), earlier.id());
            jdbc.update("UPDATE pledge SET content = ? WHERE id = ?", later.content(), later.id());
        }
        assertThat(signIn.call("creditofficer", queries::verifyRegistry).intact()).isTrue();
    }

    private Pledge signForOrganisation(String template, Map<String, Object> fields, Publicity publicity,
            String reference) {
        return signForOrganisation(organisation(3), template, fields, publicity, reference);
    }

    private Pledge signForOrganisation(String uscc, String template, Map<String, Object> fields, Publicity publicity,
            String reference) {
        return signIn.call("api-market", () -> pledges.sign(pledges.draft(new NewPledge(template, uscc,
                "办理许可时作出的承诺", fields, publicity, null, reference)).draftRef()));
    }

    private String organisation(int index) {
        return jdbc.queryForList("SELECT uscc FROM credit_subject WHERE kind = 'LEGAL_PERSON' ORDER BY id "
                + "OFFSET " + index + " ROWS FETCH NEXT 1 ROWS ONLY", String.class).get(0);
    }
}
