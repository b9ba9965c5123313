package cn.gov.ln.credit.notification;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own contact details and channel choices (通知设置). Each user reads and changes only their own; the
 * notices read them for whoever they go to.
 */
@Service
public class NotificationSettings {

    private final NotificationMapper mapper;
    private final AccessGuard guard;
    private final Clock clock;

    NotificationSettings(NotificationMapper mapper, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * The caller's settings: contact details and, per kind of event they are ever told of (an applicant is not
     * offered the penalty cases of departments), each channel on or off, defaults filled in, in a fixed order.
     */
    @Transactional(readOnly = true)
    public Settings mine() {
        Actor actor = guard.current();
        String username = actor.username();
        Map<String, Map<NotificationChannel, Boolean>> stored = choicesOf(username);
        Map<String, Map<NotificationChannel, Boolean>> choices = new LinkedHashMap<>();
        for (String kind : ChannelRules.kindsFor(actor.kind())) {
            Map<NotificationChannel, Boolean> perChannel = new EnumMap<>(NotificationChannel.class);
            for (NotificationChannel channel : List.of(NotificationChannel.EMAIL, NotificationChannel.SMS)) {
                perChannel.put(channel, stored.getOrDefault(kind, Map.of())
                        .getOrDefault(channel, ChannelRules.byDefault(channel)));
            }
            choices.put(kind, perChannel);
        }
        return new Settings(contactOf(username), choices);
    }

    /** Saves the caller's contact details and choices; a malformed address is refused naming its field. */
    @Transactional
    public void saveMine(Settings settings) {
        Actor actor = guard.current();
        String username = actor.username();
        settings.contact().validate();
        for (String kind : settings.choices().keySet()) {
            if (!ChannelRules.kindsFor(actor.kind()).contains(kind)) {
                throw ValidationException.of("choices", "validation.notFound");
            }
        }
        ContactDetails contact = settings.contact();
        NotificationMapper.ContactRow row = new NotificationMapper.ContactRow(contact.email(), contact.phone(),
                contact.locale().toLanguageTag());
        Instant now = Instant.now(clock);
        if (mapper.updateContact(username, row, now) == 0) {
            mapper.insertContact(username, row, now);
        }
        mapper.deletePreferences(username);
        settings.choices().forEach((kind, perChannel) -> perChannel.forEach((channel, on) -> {
            if (channel != NotificationChannel.IN_APP) {
                mapper.insertPreference(username, new NotificationMapper.PreferenceRow(kind, channel, on));
            }
        }));
    }

    ContactDetails contactOf(String username) {
        NotificationMapper.ContactRow row = mapper.findContact(username);
        return row == null ? ContactDetails.NONE
                : new ContactDetails(row.email(), row.phone(), Locale.forLanguageTag(row.locale()));
    }

    Map<String, Map<NotificationChannel, Boolean>> choicesOf(String username) {
        Map<String, Map<NotificationChannel, Boolean>> choices = new HashMap<>();
        for (NotificationMapper.PreferenceRow row : mapper.findPreferences(username)) {
            choices.computeIfAbsent(row.eventKind(), k -> new EnumMap<>(NotificationChannel.class)).put(row.channel(),
                    row.enabled());
        }
        return choices;
    }

    /** Contact details and, per event kind ({@link ChannelRules#KINDS}), whether e-mail and SMS are on. */
    public record Settings(ContactDetails contact, Map<String, Map<NotificationChannel, Boolean>> choices) {
    }
}
