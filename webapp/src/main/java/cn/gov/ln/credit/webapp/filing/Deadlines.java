package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.calendar.DueLight;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.filing.StatutoryDeadline;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** Deadlines as every screen shows them: the statutory limit that applies, and the light as a badge with text. */
public final class Deadlines {

    private Deadlines() {
    }

    /** "2026-12-16 · 10 个工作日（绿色通道）": the due day and the working days that apply on the filing's route. */
    public static String statutory(Component context, Filing filing, int statutoryDays) {
        int days = StatutoryDeadline.workingDays(statutoryDays, filing.route());
        String period = filing.route() == FilingRoute.GREEN && days < statutoryDays
                ? context.getTranslation("deadline.days.green", days)
                : context.getTranslation("deadline.days", days);
        return UiSupport.date(filing.dueOn()) + " · " + period;
    }

    /** The light's word, after {@code text} when there is one; its colour only repeats what it says. */
    public static Span light(Component context, DueLight light, String text) {
        String word = UiSupport.label(context, light);
        Span badge = UiSupport.badge(text == null || text.isEmpty() ? word : text + " · " + word, switch (light) {
            case OVERDUE -> "error";
            case DUE_SOON -> "";
            case ON_TIME -> "success";
            case NONE -> "contrast";
        });
        badge.getElement().setAttribute("data-light", light.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
