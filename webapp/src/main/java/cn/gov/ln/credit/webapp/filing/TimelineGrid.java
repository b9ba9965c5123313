package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.FilingEvent;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every step of a filing with who took it (by name, the system as such) and when, in the reader's language. */
class TimelineGrid extends Grid<FilingEvent> {

    /** Events whose arguments are login ids: the previous and the new holder of a reassigned task. */
    private static final Set<String> NAMING_EVENTS = Set.of("TASK_REASSIGNED");

    TimelineGrid(List<FilingEvent> events, PeopleNames people) {
        people.load(people(events), name -> name);
        addColumn(e -> UiSupport.dateTime(e.occurredAt())).setHeader(getTranslation("filing.event.time"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> UiSupport.message(this, "filing.event." + e.eventType(), arguments(e, people)))
                .setHeader(getTranslation("filing.event.what")).setFlexGrow(4);
        addColumn(e -> people.of(this, e.actor())).setHeader(getTranslation("filing.event.who")).setAutoWidth(true);
        setItems(events);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setId("filing-timeline");
    }

    /** Who the events name: their actors and the people in their arguments. */
    static List<String> people(List<FilingEvent> events) {
        List<String> usernames = new ArrayList<>();
        for (FilingEvent event : events) {
            usernames.add(event.actor());
            if (NAMING_EVENTS.contains(event.eventType())) {
                usernames.addAll(event.arguments());
            }
        }
        return usernames;
    }

    private List<String> arguments(FilingEvent event, PeopleNames people) {
        return NAMING_EVENTS.contains(event.eventType())
                ? event.arguments().stream().map(a -> "—".equals(a) ? a : people.of(this, a)).toList()
                : event.arguments();
    }
}
