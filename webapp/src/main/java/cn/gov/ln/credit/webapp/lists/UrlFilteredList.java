package cn.gov.ln.credit.webapp.lists;

import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * An officers' list whose state lives in its URL: the view's filters (read by {@code restore}, written by
 * {@code filters}), the grid's server sort ({@code sort=<key lowercase>&dir=asc|desc}, shown on the column's header)
 * and the page size ({@code size=20|50|100}), with the names and values of the task list. What the URL says that is
 * not one of these is ignored, as if absent; the default sort and size are left out of the URL.
 */
public final class UrlFilteredList<T, K extends Enum<K>> {

    public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

    private final String route;
    private final Grid<T> grid;
    private final Class<K> keys;
    private final Sort<K> defaultSort;
    private final int defaultSize;
    private final Consumer<ListUrl> restore;
    private final Supplier<ListUrl> filters;
    private final Runnable refresh;
    private final Select<Integer> pageSize = new Select<>();
    private Sort<K> sort;
    private boolean restoring;

    /**
     * @param route the view's route, where the URL is written
     * @param restore sets the view's filter fields from the URL; their change events do not refresh meanwhile
     * @param filters the view's filters as a URL, without sort and size
     * @param refresh shows the list again with the current filters (usually through {@link #show})
     */
    public UrlFilteredList(String route, Grid<T> grid, Class<K> keys, Sort<K> defaultSort, int defaultSize,
            Consumer<ListUrl> restore, Supplier<ListUrl> filters, Runnable refresh) {
        this.route = route;
        this.grid = grid;
        this.keys = keys;
        this.defaultSort = defaultSort;
        this.defaultSize = defaultSize;
        this.restore = restore;
        this.filters = filters;
        this.refresh = refresh;
        this.sort = defaultSort;
        pageSize.setLabel(grid.getTranslation("lists.pageSize"));
        pageSize.setItems(PAGE_SIZES);
        pageSize.setValue(defaultSize);
        pageSize.setWidth("6rem");
        pageSize.setId(idPrefix(route) + "-page-size");
        pageSize.addValueChangeListener(e -> {
            grid.setPageSize(size());
            filtersChanged();
        });
        grid.setPageSize(defaultSize);
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                sort = sortOf(e.getSortOrder());
                writeUrl();
            }
        });
    }

    /** Names the list where its route would not do, as in the page size picker's id {@code <list>-page-size}. */
    public UrlFilteredList<T, K> named(String list) {
        pageSize.setId(idPrefix(list) + "-page-size");
        return this;
    }

    /** Makes the column sort on the server by the key, which the URL names in lowercase. */
    public Grid.Column<T> sortable(Grid.Column<T> column, K key) {
        return column.setSortable(true).setSortProperty(key.name());
    }

    /** The page size picker, to be placed among the list's tools. */
    public Select<Integer> pageSizePicker() {
        return pageSize;
    }

    /** Restores filters, sort and page size from the URL entered, then shows the list. */
    public void enter(BeforeEnterEvent event) {
        ListUrl url = ListUrl.of(event.getLocation().getQueryParameters());
        restoring = true;
        try {
            restore.accept(url);
            pageSize.setValue(sizeOf(url, defaultSize));
            grid.setPageSize(size());
            sort = sortOf(url, keys, defaultSort);
            grid.sort(column(sort.key()).map(c -> List.of(new GridSortOrder<>(c, sort.descending()
                    ? SortDirection.DESCENDING : SortDirection.ASCENDING))).orElse(List.of()));
        } finally {
            restoring = false;
        }
        refresh.run();
    }

    /** For the filter fields' change events: shows the list again and writes the URL, unless it is being restored. */
    public void filtersChanged() {
        if (!restoring) {
            refresh.run();
            writeUrl();
        }
    }

    /** The list's state as a URL: the filters, then the sort and size where they are not the default. */
    public ListUrl url() {
        return withOrder(filters.get(), sort, defaultSort, size(), defaultSize);
    }

    /** The order the grid shows now, for an export in the same order. */
    public Sort<K> sort() {
        return sort;
    }

    /** Lets the grid fetch its rows a page at a time in the order it shows; the count is asked once per fetch. */
    public void show(BiFunction<Sort<K>, PageRequest, List<T>> rows, LongSupplier count) {
        grid.setItems(q -> {
            if (!q.getSortOrders().isEmpty()) {
                sort = Sorting.of(q, keys, sort);
            }
            return rows.apply(sort, new PageRequest(q.getOffset(), q.getLimit())).stream();
        }, q -> (int) count.getAsLong());
    }

    private void writeUrl() {
        url().replaceState(route);
    }

    private int size() {
        return pageSize.getValue() == null ? defaultSize : pageSize.getValue();
    }

    private Sort<K> sortOf(List<GridSortOrder<T>> orders) {
        for (GridSortOrder<T> order : orders) {
            for (QuerySortOrder property : order.getSorted().getSortOrder(order.getDirection()).toList()) {
                K key = key(property.getSorted(), keys);
                if (key != null) {
                    return new Sort<>(key, property.getDirection() == SortDirection.DESCENDING);
                }
            }
        }
        return defaultSort;
    }

    private Optional<Grid.Column<T>> column(K key) {
        return grid.getColumns().stream().filter(c -> c.isSortable() && c.getSortOrder(SortDirection.ASCENDING)
                .anyMatch(o -> key.name().equals(o.getSorted()))).findFirst();
    }

    /** The sort the URL asks for: a key of the list (lowercase) and asc or desc (asc if absent); else the default. */
    static <K extends Enum<K>> Sort<K> sortOf(ListUrl url, Class<K> keys, Sort<K> otherwise) {
        K key = url.text("sort") == null ? null : key(url.text("sort").toUpperCase(Locale.ROOT), keys);
        String dir = url.text("dir");
        if (key == null || dir != null && !"asc".equals(dir) && !"desc".equals(dir)) {
            return otherwise;
        }
        return new Sort<>(key, "desc".equals(dir));
    }

    /** The page size the URL asks for, if it is one of {@link #PAGE_SIZES}; else the default. */
    static int sizeOf(ListUrl url, int otherwise) {
        Long size = url.number("size");
        return size != null && PAGE_SIZES.contains(size.intValue()) && size == size.intValue()
                ? size.intValue() : otherwise;
    }

    static <K extends Enum<K>> ListUrl withOrder(ListUrl url, Sort<K> sort, Sort<K> defaultSort, int size,
            int defaultSize) {
        boolean sorted = !sort.equals(defaultSort);
        return url.with("sort", sorted ? sort.key() : null).with("dir", sorted ? sort.descending() ? "desc" : "asc"
                : null).with("size", size == defaultSize ? null : size);
    }

    private static <K extends Enum<K>> K key(String name, Class<K> keys) {
        for (K key : keys.getEnumConstants()) {
            if (key.name().equals(name)) {
                return key;
            }
        }
        return null;
    }

    private static String idPrefix(String route) {
        return route.replace('/', '-');
    }
}
