package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.FilingEvent;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every step of a filing with who took it (by name, the system as such) and when, in the reader's language: a list
 * whose entries wrap as prose, what happened first and when and by whom under it, so a phone reads it whole where a
 * grid's three columns squeezed the text to a few characters a line.
 */
@StyleSheet("context://styles/journey.css")
class FilingTimeline extends OrderedList {

    /** Events whose arguments are login ids: the previous and the new holder of a reassigned task. */
    private static final Set<String> NAMING_EVENTS = Set.of("TASK_REASSIGNED");

    FilingTimeline(List<FilingEvent> events, PeopleNames people) {
        people.load(people(events), name -> name);
        addClassName("filing-timeline");
        setId("filing-timeline");
        for (FilingEvent event : events) {
            Div what = new Div(UiSupport.message(this, "filing.event." + event.eventType(), arguments(event, people)));
            what.addClassName("timeline-what");
            Div when = new Div(UiSupport.dateTime(event.occurredAt()) + " · " + people.of(this, event.actor()));
            when.addClassName("timeline-when");
            ListItem entry = new ListItem(what, when);
            entry.addClassName("timeline-entry");
            add(entry);
        }
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
