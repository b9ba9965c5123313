package cn.gov.ln.credit.notification;

import static cn.gov.ln.credit.notification.NotificationChannel.EMAIL;
import static cn.gov.ln.credit.notification.NotificationChannel.SMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox over the real database, with recording senders in place of the mail server and the SMS gateway:
 * deliveries written with the notice and sent only after commit, the user's choices and the fixed SMS, retries
 * with growing waits, permanent failures, and several sweeps at once sending each delivery once.
 */
@SpringBootTest(classes = {CoreTestApplication.class, NotificationOutboxProcessTest.Senders.class})
@ActiveProfiles("coretest")
class NotificationOutboxProcessTest {

    static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationSettings settings;
    @Autowired
    DeliveryDispatcher dispatcher;
    @Autowired
    NotificationMapper mapper;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    Clock clock;
    @Autowired
    Recording mail;
    @Autowired
    Recording sms;

    @Test
    void aNoticeQueuesTheChosenChannelsAndTheyGoOutOnlyAfterCommit() {
        String user = user("wang@example.cn", "13800000001");
        List<Delivery> queued = transactions.execute(status -> {
            notifications.notify(user, "notice.filing.inLieuRefused", null, "LN2026-1",
                    "@filing.inLieu.refused.pledgeNotInForce");
            List<Delivery> rows = deliveriesOf(user);
            assertThat(mail.to("wang@example.cn")).as("nothing leaves before commit").isEmpty();
            return rows;
        });
        assertThat(queued).extracting(Delivery::channel, Delivery::address, Delivery::status)
                .as("e-mail on and SMS off by default").containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EMAIL, "wang@example.cn", DeliveryStatus.PENDING));

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveriesOf(user).get(0).status() == DeliveryStatus.SENT);
        OutgoingMessage sent = mail.to("wang@example.cn").get(0);
        assertThat(sent.subject()).isEqualTo("【辽宁省信用承诺与审批系统】告知承诺未获适用：LN2026-1");
        assertThat(sent.body()).as("keys translated").doesNotContain("@", "{").contains("请登录辽宁省信用承诺与审批系统");
        assertThat(deliveriesOf(user).get(0).attempts()).isEqualTo(1);
        assertThat(deliveriesOf(user).get(0).sentAt()).isNotNull();
    }

    @Test
    void theNoticesOfARecordShowHowEachReachedItsAddresseeWithoutTheAddress() {
        String user = user("qian@example.cn", "13800000009");
        String link = "documents/" + (900_000 + USERS.incrementAndGet());
        notifications.notify(user, "notice.breach.advanceIssued", link, "XY2026-9", "告知书9", "", "", "", "", "",
                "", "5");
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveriesOf(user).stream()
                .allMatch(d -> d.status() == DeliveryStatus.SENT));

        Map<String, List<NoticeDelivery>> shown = notifications.deliveriesFor(List.of(link, "documents/0"));
        assertThat(shown).containsOnlyKeys(link);
        List<NoticeDelivery> ways = shown.get(link);
        assertThat(ways.get(0).channel()).as("the bell first").isEqualTo(NotificationChannel.IN_APP);
        assertThat(ways.subList(1, ways.size())).extracting(NoticeDelivery::channel, NoticeDelivery::status,
                NoticeDelivery::attempts).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(EMAIL, DeliveryStatus.SENT, 1),
                        org.assertj.core.groups.Tuple.tuple(SMS, DeliveryStatus.SENT, 1));
        assertThat(ways).allMatch(w -> w.at() != null && w.messageKey().equals("notice.breach.advanceIssued"));
        assertThat(notifications.deliveriesFor(List.of())).isEmpty();
    }

    @Test
    void aRolledBackNoticeSendsNothing() {
        String user = user("zhao@example.cn", "13800000002");
        transactions.executeWithoutResult(status -> {
            notifications.notify(user, "notice.filing.permitDecision", null, "LN2026-2", "食品经营许可",
                    "@enum.FilingStatus.APPROVED", "", "");
            status.setRollbackOnly();
        });
        assertThat(deliveriesOf(user)).isEmpty();
        dispatcher.dispatchDue(Instant.now(clock).plusSeconds(60));
        assertThat(mail.to("zhao@example.cn")).isEmpty();
    }

    @Test
    void theUsersChoicesAreKeptButADecisionAndAnAdvanceNoticeStillGoBySms() {
        SignIn signIn = new SignIn(securityManager);
        NotificationSettings.Settings mine = signIn.call("applicant", settings::mine);
        assertThat(mine.choices().get("filing")).containsEntry(EMAIL, true).containsEntry(SMS, false);
        assertThat(mine.choices().keySet()).as("an applicant chooses only for what they are told of")
                .containsExactly("filing", "breach", "objection", "repair", "listing", "evaluation", "account");
        assertThat(signIn.call("creditofficer", settings::mine).choices().keySet())
                .contains("penalty", "supervision", "task").doesNotContain("filing", "breach");
        Map<String, Map<NotificationChannel, Boolean>> allOff = new HashMap<>();
        ChannelRules.kindsFor(ActorKind.APPLICANT).forEach(k -> allOff.put(k, Map.of(EMAIL, false, SMS, false)));
        assertThatThrownBy(() -> signIn.run("applicant", () -> settings.saveMine(new NotificationSettings.Settings(
                new ContactDetails(null, null, Locale.CHINA), Map.of("penalty", Map.of(EMAIL, true))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("choices"));
        assertThatThrownBy(() -> signIn.run("applicant", () -> settings.saveMine(new NotificationSettings.Settings(
                new ContactDetails(null, "12345", Locale.CHINA), allOff))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("phone"));
        signIn.run("applicant", () -> settings.saveMine(new NotificationSettings.Settings(
                new ContactDetails("applicant@example.cn", "13900000000", Locale.ENGLISH), allOff)));
        NotificationSettings.Settings saved = signIn.call("applicant", settings::mine);
        assertThat(saved.contact().phone()).isEqualTo("13900000000");
        assertThat(saved.contact().locale()).isEqualTo(Locale.ENGLISH);
        assertThat(saved.choices().get("breach")).containsEntry(EMAIL, false).containsEntry(SMS, false);

        long before = mapper.findFor("applicant", 1).stream().mapToLong(Notification::id).max().orElse(0);
        notifications.notify("applicant", "notice.filing.inLieuRefused", null, "LN2026-3", "");
        notifications.notify("applicant", "notice.breach.advanceIssued", null, "XY2026-1", "告知书1", "",
                "", "", "", "", "", "5");
        List<Notification> latest = mapper.findFor("applicant", 2).stream().filter(n -> n.id() > before).toList();
        assertThat(latest).hasSize(2);
        for (Notification notice : latest) {
            List<Delivery> rows = mapper.findDeliveries(notice.id());
            if (notice.messageKey().equals("notice.breach.advanceIssued")) {
                assertThat(rows).extracting(Delivery::channel, Delivery::address).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SMS, "13900000000"));
            } else {
                assertThat(rows).as("switched off by the user").isEmpty();
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !sms.to("13900000000").isEmpty());
        assertThat(sms.to("13900000000").get(0).body()).as("in the recipient's language, naming no one")
                .startsWith("You have a new credit notice: Advance notice").doesNotContain("applicant");
    }

    @Test
    void aFailedSendIsRetriedWithGrowingWaitsThenSent() {
        String user = user("sun@example.cn", "13800000004");
        mail.failNext("sun@example.cn", 2, false);
        notifications.notify(user, "notice.filing.inLieuRefused", null, "LN2026-4", "");
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveriesOf(user).get(0).attempts() == 1);
        Delivery first = deliveriesOf(user).get(0);
        assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.lastError()).contains("mail server down for s***@example.cn").doesNotContain("sun@");

        Instant later = first.nextAttemptAt().plusSeconds(1);
        assertThat(dispatcher.dispatchDue(first.nextAttemptAt().minusSeconds(1))).as("not due yet").isZero();
        dispatcher.dispatchDue(later);
        Delivery second = deliveriesOf(user).get(0);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(Duration.between(later, second.nextAttemptAt()))
                .as("the wait doubles").isEqualTo(Duration.between(first.createdAt(), first.nextAttemptAt())
                        .multipliedBy(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        dispatcher.dispatchDue(second.nextAttemptAt());
        Delivery third = deliveriesOf(user).get(0);
        assertThat(third.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(mail.to("sun@example.cn")).hasSize(1);

        SignIn signIn = new SignIn(securityManager);
        assertThat(signIn.call("sysadmin", () -> notifications.outbox(500))).filteredOn(e -> e.recipient().equals(user))
                .singleElement().satisfies(e -> {
                    assertThat(e.maskedAddress()).isNotEqualTo("sun@example.cn").endsWith("@example.cn");
                    assertThat(e.status()).isEqualTo(DeliveryStatus.SENT);
                    assertThat(e.attempts()).isEqualTo(3);
                });
        assertThatThrownBy(() -> signIn.call("applicant", () -> notifications.outbox(10)))
                .isInstanceOf(cn.gov.ln.credit.shared.AccessDeniedException.class);
    }

    @Test
    void aPermanentFailureIsNotRetriedAndTransientOnesStopAtTheLimit() {
        String refused = user("refused@example.cn", null);
        mail.failNext("refused@example.cn", 1, true);
        String flaky = user("flaky@example.cn", null);
        mail.failNext("flaky@example.cn", 99, false);
        notifications.notify(refused, "notice.filing.inLieuRefused", null, "LN2026-5", "");
        notifications.notify(flaky, "notice.filing.inLieuRefused", null, "LN2026-6", "");

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveriesOf(refused).get(0).status()
                == DeliveryStatus.FAILED);
        assertThat(deliveriesOf(refused).get(0).attempts()).isEqualTo(1);
        Instant at = Instant.now(clock);
        for (int i = 0; i < 8; i++) {
            at = at.plus(Duration.ofHours(2));
            dispatcher.dispatchDue(at);
        }
        Delivery given = deliveriesOf(flaky).get(0);
        assertThat(given.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(given.attempts()).isEqualTo(5);
    }

    @Test
    void sweepsOnSeveralThreadsSendEachDeliveryOnce() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            users.add(user("many" + i + "-" + USERS.get() + "@example.cn", null));
        }
        transactions.executeWithoutResult(status -> users.forEach(u -> notifications.notify(u,
                "notice.filing.inLieuRefused", null, "LN2026-7", "")));
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> sweeps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sweeps.add(nodes.submit(() -> {
                start.await();
                return dispatcher.dispatchDue(Instant.now(clock).plusSeconds(1));
            }));
        }
        start.countDown();
        for (Future<Integer> sweep : sweeps) {
            sweep.get();
        }
        nodes.shutdown();
        await().atMost(Duration.ofSeconds(20)).until(() -> users.stream()
                .allMatch(u -> deliveriesOf(u).get(0).status() == DeliveryStatus.SENT));
        for (String user : users) {
            long id = deliveriesOf(user).get(0).id();
            assertThat(mail.sent.stream().filter(m -> m.deliveryId() == id)).as(user).hasSize(1);
        }
    }

    private String user(String email, String phone) {
        String username = "outbox" + USERS.incrementAndGet();
        mapper.insertContact(username, new NotificationMapper.ContactRow(email, phone, "zh-CN"), Instant.now(clock));
        return username;
    }

    private List<Delivery> deliveriesOf(String username) {
        return mapper.findFor(username, 10).stream().flatMap(n -> mapper.findDeliveries(n.id()).stream()).toList();
    }

    /** A channel that keeps what it was given, and fails for an address as often as told. */
    static class Recording implements ChannelSender {

        final NotificationChannel channel;
        final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();
        final Map<String, Queue<Boolean>> failures = new ConcurrentHashMap<>();

        Recording(NotificationChannel channel) {
            this.channel = channel;
        }

        void failNext(String address, int times, boolean permanent) {
            Queue<Boolean> queue = failures.computeIfAbsent(address, a -> new ConcurrentLinkedQueue<>());
            for (int i = 0; i < times; i++) {
                queue.add(permanent);
            }
        }

        List<OutgoingMessage> to(String address) {
            return sent.stream().filter(m -> m.address().equals(address)).toList();
        }

        @Override
        public NotificationChannel channel() {
            return channel;
        }

        @Override
        public void send(OutgoingMessage message) {
            Boolean permanent = failures.getOrDefault(message.address(), new ConcurrentLinkedQueue<>()).poll();
            if (permanent != null) {
                throw new DeliveryFailedException("mail server down for " + message.address(), permanent, null);
            }
            sent.add(message);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Senders {

        @Bean
        Recording mail() {
            return new Recording(EMAIL);
        }

        @Bean
        Recording sms() {
            return new Recording(SMS);
        }
    }
}
