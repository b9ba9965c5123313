package cn.gov.ln.credit.notification;

import cn.gov.ln.credit.security.ActorKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which channels a notice goes out on: the bell always; e-mail and SMS by the user's choice for the event's kind
 * (e-mail on and SMS off when they have not chosen); and, whatever they chose, SMS for the notices that start a
 * time limit or decide a case (an advance notice, a decision). A channel needs an address to reach.
 */
public final class ChannelRules {

    /** The kinds of events a user can choose channels for: the second part of a notice's message key. */
    public static final List<String> KINDS = List.of("filing", "breach", "objection", "repair", "listing",
            "evaluation", "penalty", "supervision", "substitution", "account", "task");

    /**
     * The kinds an applicant hears of: their own filings, cases, objections, repairs, listings, evaluation grade,
     * account.
     */
    static final List<String> APPLICANT_KINDS = List.of("filing", "breach", "objection", "repair", "listing",
            "evaluation", "account");

    /** The kinds an officer hears of: the work they are given, the cases they follow, their account. */
    static final List<String> OFFICER_KINDS = List.of("objection", "repair", "penalty", "supervision",
            "substitution", "task", "account");

    /** Notices always sent by SMS where a phone number is known. */
    static final Map<String, Set<NotificationChannel>> FIXED = Map.of(
            "notice.breach.advanceIssued", EnumSet.of(NotificationChannel.SMS),
            "notice.breach.decisionIssued", EnumSet.of(NotificationChannel.SMS),
            "notice.filing.permitDecision", EnumSet.of(NotificationChannel.SMS));

    private ChannelRules() {
    }

    /** The kinds of events this kind of user is ever told of, in {@link #KINDS} order: those they may choose for. */
    public static List<String> kindsFor(ActorKind actor) {
        return actor == ActorKind.APPLICANT ? APPLICANT_KINDS : OFFICER_KINDS;
    }

    public static String kindOf(String messageKey) {
        String[] parts = messageKey.split("\\.");
        return parts.length > 1 ? parts[1] : messageKey;
    }

    public static boolean byDefault(NotificationChannel channel) {
        return channel != NotificationChannel.SMS;
    }

    /** The channels the notice is fixed to, which the user cannot switch off. */
    public static Set<NotificationChannel> fixed(String messageKey) {
        return FIXED.getOrDefault(messageKey, Set.of());
    }

    /**
     * The channels for one notice to one user.
     *
     * @param chosen the user's stored choices for the notice's kind; a missing channel takes its default
     */
    public static Set<NotificationChannel> channels(String messageKey, Map<NotificationChannel, Boolean> chosen,
            ContactDetails contact) {
        Set<NotificationChannel> channels = EnumSet.of(NotificationChannel.IN_APP);
        for (NotificationChannel channel : List.of(NotificationChannel.EMAIL, NotificationChannel.SMS)) {
            boolean wanted = fixed(messageKey).contains(channel)
                    || chosen.getOrDefault(channel, byDefault(channel));
            if (wanted && contact.address(channel) != null) {
                channels.add(channel);
            }
        }
        return channels;
    }
}
