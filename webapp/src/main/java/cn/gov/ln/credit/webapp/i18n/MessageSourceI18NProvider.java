package cn.gov.ln.credit.webapp.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin's translations come from the same bundles as the API's messages: zh-CN by default, English second. */
@Component
public class MessageSourceI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);

    private final MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }

    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : CHINESE;
    }
}
