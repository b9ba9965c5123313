package cn.gov.ln.credit.webapp.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** The language picker of every page header: 简体中文 or English, remembered by {@link LocaleSelection}. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(MessageSourceI18NProvider.LOCALES);
        setItemLabelGenerator(locale -> locale.getLanguage().equals("en") ? "English" : "简体中文");
        setValue(MessageSourceI18NProvider.supported(getLocale()));
        setAriaLabel(getTranslation("shell.language"));
        addClassName("language-switch");
        addValueChangeListener(event -> {
            if (event.isFromClient()) {
                LocaleSelection.switchTo(UI.getCurrent(), event.getValue());
            }
        });
    }
}
