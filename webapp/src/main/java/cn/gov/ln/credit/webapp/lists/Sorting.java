package cn.gov.ln.credit.webapp.lists;

import cn.gov.ln.credit.shared.Sort;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

/** A grid's sort order as a list's whitelisted sort key: a column's sort property is the key's name. */
public final class Sorting {

    private Sorting() {
    }

    public static <K extends Enum<K>> Sort<K> of(Query<?, ?> query, Class<K> keys, Sort<K> otherwise) {
        for (QuerySortOrder order : query.getSortOrders()) {
            try {
                return new Sort<>(Enum.valueOf(keys, order.getSorted()), order.getDirection()
                        == SortDirection.DESCENDING);
            } catch (IllegalArgumentException notAKey) {
                // a column that is not one of the list's keys does not sort on the server
            }
        }
        return otherwise;
    }
}
