package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.FilingEvent;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** Every step of a filing with who took it (by name, the system as such) and when, in the reader's language. */
class TimelineGrid extends Grid<FilingEvent> {

    TimelineGrid(List<FilingEvent> events, PeopleNames people) {
        people.load(events, FilingEvent::actor);
        addColumn(e -> UiSupport.dateTime(e.occurredAt())).setHeader(getTranslation("filing.event.time"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> UiSupport.message(this, "filing.event." + e.eventType(), e.arguments()))
                .setHeader(getTranslation("filing.event.what")).setFlexGrow(4);
        addColumn(e -> people.of(this, e.actor())).setHeader(getTranslation("filing.event.who")).setAutoWidth(true)
                .setTooltipGenerator(FilingEvent::actor);
        setItems(events);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setId("filing-timeline");
    }
}
