package cn.gov.ln.credit.webapp.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A list of records as cards, for the applicant's and the public's screens, a page at a time with 加载更多 (load
 * more) below: the same queries as a grid's, read a page per click, so a long list costs no more than before.
 */
public class CardList<T> extends Div {

    public static final int PAGE = 20;

    private final Function<T, Component> card;
    private final Div cards = new Div();
    private final Button more = new Button();
    private final Paragraph empty = new Paragraph();
    private BiFunction<Integer, Integer, List<T>> fetch = (offset, limit) -> List.of();
    private int shown;
    private long total;

    public CardList(Function<T, Component> card) {
        this.card = card;
        addClassName("card-list");
        cards.addClassName("card-list-cards");
        more.setText(getTranslation("cards.more"));
        more.addClassName("card-list-more");
        more.addClickListener(e -> nextPage());
        empty.addClassName("card-list-empty");
        add(cards, empty, more);
    }

    public CardList<T> setEmptyText(String text) {
        empty.setText(text);
        return this;
    }

    /** Shows a list the service returns whole (an applicant's own records), a page of cards at a time. */
    public void setItems(List<T> items) {
        show((offset, limit) -> items.subList(Math.min(offset, items.size()),
                Math.min(offset + limit, items.size())), items::size);
    }

    /** Shows the first page of a query read by offset and limit; more pages on request. */
    public void setItems(BiFunction<Integer, Integer, List<T>> fetch, LongSupplier count) {
        show(fetch, count);
    }

    private void show(BiFunction<Integer, Integer, List<T>> fetch, LongSupplier count) {
        this.fetch = fetch;
        cards.removeAll();
        shown = 0;
        total = count.getAsLong();
        nextPage();
        empty.setVisible(shown == 0);
    }

    private void nextPage() {
        List<T> page = fetch.apply(shown, PAGE);
        page.forEach(item -> cards.add(card.apply(item)));
        shown += page.size();
        more.setVisible(page.size() == PAGE && shown < total);
    }

    /** How many cards are shown now. */
    public int shown() {
        return shown;
    }
}
