package cn.gov.ln.credit.webapp.notification;

import cn.gov.ln.credit.notification.ContactDetails;
import cn.gov.ln.credit.notification.NotificationChannel;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.notification.NotificationSettings;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.i18n.MessageSourceI18NProvider;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/** 通知设置: the signed-in user's own e-mail address, mobile number, language and channels per kind of matter. */
@Route(value = "notification-settings", layout = MainLayout.class)
@RequiresAuthentication
@MenuItem(label = "nav.notificationSettings", icon = "vaadin:bell-o", order = 190)
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationSettings settings;
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Select<Locale> language = new Select<>();
    private final Map<String, Map<NotificationChannel, Checkbox>> boxes = new LinkedHashMap<>();

    public NotificationSettingsView(NotificationSettings settings, NotificationService notifications) {
        this.settings = settings;
        setId("notification-settings");
        NotificationSettings.Settings mine = settings.mine();
        add(new H2(getTranslation("notify.settings.title")), new Paragraph(getTranslation("notify.settings.intro")));

        email.setLabel(getTranslation("notify.settings.email"));
        email.setId("notify-email");
        email.setValue(nullToEmpty(mine.contact().email()));
        phone.setLabel(getTranslation("notify.settings.phone"));
        phone.setId("notify-phone");
        phone.setValue(nullToEmpty(mine.contact().phone()));
        phone.setMaxLength(11);
        language.setLabel(getTranslation("notify.settings.language"));
        language.setId("notify-language");
        language.setItems(MessageSourceI18NProvider.LOCALES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(mine.contact().locale());
        add(email, phone, language);

        for (String kind : mine.choices().keySet()) {
            Div row = new Div();
            row.addClassName("notification-card");
            row.setId("notify-kind-" + kind);
            row.add(new Span(getTranslation("notify.kind." + kind)));
            Map<NotificationChannel, Checkbox> perChannel = new EnumMap<>(NotificationChannel.class);
            for (NotificationChannel channel : List.of(NotificationChannel.EMAIL, NotificationChannel.SMS)) {
                Checkbox box = new Checkbox(UiSupport.label(this, channel), mine.choices().get(kind).get(channel));
                box.setId("notify-" + kind + "-" + channel.name().toLowerCase(Locale.ROOT));
                perChannel.put(channel, box);
                row.add(box);
            }
            boxes.put(kind, perChannel);
            add(row);
        }
        add(new Paragraph(getTranslation("notify.settings.fixed")));
        Set<NotificationChannel> available = notifications.availableChannels();
        String off = List.of(NotificationChannel.EMAIL, NotificationChannel.SMS).stream()
                .filter(c -> !available.contains(c)).map(c -> UiSupport.label(this, c))
                .collect(Collectors.joining("、"));
        if (!off.isEmpty()) {
            add(new Paragraph(getTranslation("notify.settings.channelOff", off)));
        }
        Button save = new Button(getTranslation("notify.settings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("notify-save");
        add(save);
    }

    private void save() {
        Map<String, Map<NotificationChannel, Boolean>> choices = new LinkedHashMap<>();
        boxes.forEach((kind, perChannel) -> {
            Map<NotificationChannel, Boolean> values = new EnumMap<>(NotificationChannel.class);
            perChannel.forEach((channel, box) -> values.put(channel, box.getValue()));
            choices.put(kind, values);
        });
        try {
            settings.saveMine(new NotificationSettings.Settings(
                    new ContactDetails(email.getValue(), phone.getValue(), language.getValue()), choices));
            email.setInvalid(false);
            phone.setInvalid(false);
            UiSupport.success(getTranslation("notify.settings.saved"));
        } catch (BusinessException e) {
            UiSupport.showError(this, e, Map.of("email", email, "phone", phone));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.settings.title") + " · " + getTranslation("app.title");
    }
}
