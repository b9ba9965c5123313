package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.breach.ListingDecision;
import cn.gov.ln.credit.filing.FilingSteps;
import cn.gov.ln.credit.integration.notify.StandInSmsGateway;
import cn.gov.ln.credit.notification.ContactDetails;
import cn.gov.ln.credit.notification.NotificationChannel;
import cn.gov.ln.credit.notification.NotificationSettings;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.testing.core.CoreTestApplication;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notices reach people: with a real SMTP server (GreenMail) and a stand-in provincial SMS gateway, each on a
 * local port in this JVM, an advance notice and a breach decision, and the decision on a filing, arrive by e-mail
 * and by SMS; the SMS names no one; the filing's timeline records the deliveries.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class NotificationChannelsIT extends LifecycleSupport {

    static final GreenMail MAIL = startMail();
    static final StandInSmsGateway SMS = new StandInSmsGateway();

    @Autowired
    NotificationSettings settings;
    @Autowired
    FilingSteps filingSteps;
    @Autowired
    SystemRunner system;

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("credit.sms.url", SMS::url);
        registry.add("credit.sms.key", () -> "it-sms-key");
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
        SMS.close();
    }

    @Test
    void anAdvanceNoticeAndTheDecisionReachTheApplicantByMailAndSms() {
        Applicant subject = applicant();
        String email = subject.username() + "@example.cn";
        String phone = "1390000" + String.format("%04d", subject.subjectId() % 10_000);
        signIn.run(subject.username(), () -> settings.saveMine(new NotificationSettings.Settings(
                new ContactDetails(email, phone, Locale.CHINA), choices(true, false))));
        String name = jdbc.queryForObject("SELECT name FROM credit_subject WHERE id = ?", String.class,
                subject.subjectId());

        Breach breach = determine(subject, BreachTier.SERIOUS, today().minusDays(10));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email).size() == 1 && SMS.to(phone).size() == 1);
        assertThat(subjectOf(mailTo(email).get(0))).contains("失信行为告知书");
        assertThat(GreenMailUtil.getBody(mailTo(email).get(0))).isNotBlank();
        StandInSmsGateway.Sms notice = SMS.to(phone).get(0);
        assertThat(notice.content()).startsWith("您有一条新的信用通知：失信行为告知书")
                .endsWith("请登录辽宁省信用承诺与审批系统查看。").doesNotContain(name, subject.uscc());
        assertThat(notice.key()).isEqualTo("it-sms-key");

        lapseDefence(breach);
        signIn.run(OFFICER, () -> determinations.decide(breach.id(),
                new ListingDecision(true, BreachTier.SERIOUS, "逾期未申辩，事实清楚")));
        runJobs(breach.processInstanceId());

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email).size() == 3 && SMS.to(phone).size() == 2);
        assertThat(mailTo(email)).extracting(this::subjectOf).anyMatch(s -> s.contains("失信认定决定书"))
                .as("the grade the listing changed, by mail as chosen").anyMatch(s -> s.contains("公共信用综合评价等级变更"));
        assertThat(SMS.to(phone).get(1).content()).startsWith("您有一条新的信用通知：失信认定决定书");
    }

    @Test
    void theDecisionOnAFilingReachesBothWhateverTheChoiceAndIsOnItsTimeline() {
        String email = "applicant-it@example.cn";
        String phone = "13712345678";
        signIn.run("applicant", () -> settings.saveMine(new NotificationSettings.Settings(
                new ContactDetails(email, phone, Locale.CHINA), choices(true, false))));
        long filingId = jdbc.queryForObject("SELECT MIN(id) FROM filing WHERE applicant_username = 'applicant'",
                Long.class);

        system.run(() -> filingSteps.notifyDecision(filingId));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email).size() == 1 && SMS.to(phone).size() == 1);
        assertThat(subjectOf(mailTo(email).get(0))).contains("办理结果");
        assertThat(SMS.to(phone).get(0).content()).startsWith("您有一条新的信用通知：办理结果");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList("SELECT args FROM filing_event "
                + "WHERE filing_id = ? AND event_type = 'NOTICE_SENT'", String.class, filingId).size() >= 2);
        assertThat(jdbc.queryForList("SELECT args FROM filing_event WHERE filing_id = ? AND event_type = "
                + "'NOTICE_SENT'", String.class, filingId)).anyMatch(a -> a.contains("NotificationChannel.SMS"))
                .anyMatch(a -> a.contains("NotificationChannel.EMAIL"));
    }

    private static Map<String, Map<NotificationChannel, Boolean>> choices(boolean email, boolean sms) {
        Map<String, Map<NotificationChannel, Boolean>> choices = new HashMap<>();
        for (String kind : cn.gov.ln.credit.notification.ChannelRules.kindsFor(
                cn.gov.ln.credit.security.ActorKind.APPLICANT)) {
            choices.put(kind, Map.of(NotificationChannel.EMAIL, email, NotificationChannel.SMS, sms));
        }
        return choices;
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }
}
