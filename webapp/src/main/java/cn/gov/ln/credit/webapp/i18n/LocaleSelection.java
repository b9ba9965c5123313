package cn.gov.ln.credit.webapp.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in Simplified Chinese unless the user chose English (a cookie remembers the choice across
 * sign-ins); the browser's language does not decide, because the province's staff work in Chinese.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    public static final String COOKIE = "credit-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = fromCookie(VaadinRequest.getCurrent());
            init.getUI().setLocale(locale);
            VaadinSession.getCurrent().setLocale(locale);
        });
    }

    /** Switches the language for this browser and reloads the page in it. */
    public static void switchTo(UI ui, Locale locale) {
        Locale chosen = MessageSourceI18NProvider.supported(locale);
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(chosen);
        ui.setLocale(chosen);
        ui.getPage().reload();
    }

    static Locale fromCookie(VaadinRequest request) {
        if (request != null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return MessageSourceI18NProvider.CHINESE;
    }
}
