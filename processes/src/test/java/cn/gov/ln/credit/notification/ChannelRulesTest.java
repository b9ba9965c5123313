package cn.gov.ln.credit.notification;

import static cn.gov.ln.credit.notification.NotificationChannel.EMAIL;
import static cn.gov.ln.credit.notification.NotificationChannel.IN_APP;
import static cn.gov.ln.credit.notification.NotificationChannel.SMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.shared.ValidationException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelRulesTest {

    static final ContactDetails BOTH = new ContactDetails("zhang@example.cn", "13800138000", Locale.CHINA);
    static final Map<NotificationChannel, Boolean> ALL_OFF = Map.of(EMAIL, false, SMS, false);
    static final Map<NotificationChannel, Boolean> ALL_ON = Map.of(EMAIL, true, SMS, true);

    @Test
    void anAdvanceNoticeAndADecisionGoBySmsWhateverTheUserChose() {
        for (String key : new String[] {"notice.breach.advanceIssued", "notice.breach.decisionIssued",
                "notice.filing.permitDecision"}) {
            for (Map<NotificationChannel, Boolean> chosen : java.util.List.of(ALL_OFF, ALL_ON,
                    Map.<NotificationChannel, Boolean>of(), Map.of(SMS, false))) {
                assertThat(ChannelRules.channels(key, chosen, BOTH)).as(key + " " + chosen).contains(IN_APP, SMS);
            }
        }
        assertThat(ChannelRules.channels("notice.breach.advanceIssued", ALL_OFF, BOTH)).containsExactlyInAnyOrder(
                IN_APP, SMS);
    }

    @Test
    void otherNoticesFollowTheChoiceWithEmailOnAndSmsOffByDefault() {
        assertThat(ChannelRules.channels("notice.filing.inLieuRefused", Map.of(), BOTH))
                .containsExactlyInAnyOrder(IN_APP, EMAIL);
        assertThat(ChannelRules.channels("notice.filing.inLieuRefused", ALL_OFF, BOTH)).containsExactly(IN_APP);
        assertThat(ChannelRules.channels("notice.filing.inLieuRefused", ALL_ON, BOTH))
                .containsExactlyInAnyOrder(IN_APP, EMAIL, SMS);
        assertThat(ChannelRules.kindOf("notice.objection.replied")).isEqualTo("objection");
    }

    @Test
    void aChannelWithoutAnAddressIsSkippedEvenWhenFixed() {
        ContactDetails mailOnly = new ContactDetails("li@example.cn", " ", null);
        assertThat(ChannelRules.channels("notice.filing.permitDecision", ALL_ON, mailOnly))
                .containsExactlyInAnyOrder(IN_APP, EMAIL);
        assertThat(ChannelRules.channels("notice.filing.permitDecision", ALL_ON, ContactDetails.NONE))
                .containsExactly(IN_APP);
    }

    @Test
    void malformedAddressesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new ContactDetails("not-an-address", null, null).validate())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey()).containsExactly("email:validation.email"));
        assertThatThrownBy(() -> new ContactDetails(null, "0241234567", null).validate())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("phone"));
        new ContactDetails("wang.wei+credit@mail.ln.gov.cn", "15904001234", Locale.ENGLISH).validate();
        assertThat(new ContactDetails(null, null, Locale.ENGLISH).locale()).isEqualTo(Locale.ENGLISH);
    }
}
