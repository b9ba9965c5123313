package cn.gov.ln.credit.webapp.lists;

import cn.gov.ln.credit.shared.Sort;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A server-sorted list's order and page size in its URL, as the task list keeps them: {@code sort=<key>&dir=asc|desc
 * &size=20|50|100}, the key the lowercase name of one of the list's whitelisted sort keys. A value that is not one of
 * these is ignored; the list's usual order and 50 rows are left out of the URL.
 */
public final class SortAndSize<T, K extends Enum<K>> {

    public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);
    private static final int USUAL_SIZE = 50;

    private final Grid<T> grid;
    private final Class<K> keys;
    private final Sort<K> usual;
    private final Map<K, Grid.Column<T>> columns = new HashMap<>();
    private final Select<Integer> pageSize = new Select<>();

    /** {@code changed} runs when the user sorts or picks a page size, to write the URL. */
    public SortAndSize(Grid<T> grid, Class<K> keys, Sort<K> usual, String list, Runnable changed) {
        this.grid = grid;
        this.keys = keys;
        this.usual = usual;
        pageSize.setLabel(grid.getTranslation("tasks.pageSize"));
        pageSize.setItems(PAGE_SIZES);
        pageSize.setValue(USUAL_SIZE);
        pageSize.setWidth("6rem");
        pageSize.setId(list + "-page-size");
        pageSize.addValueChangeListener(e -> {
            grid.setPageSize(e.getValue() == null ? USUAL_SIZE : e.getValue());
            if (e.isFromClient()) {
                changed.run();
            }
        });
        grid.setPageSize(USUAL_SIZE);
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
    }

    /** Makes the column sort on the server by the key; the URL names it by the key's lowercase name. */
    public Grid.Column<T> sortable(Grid.Column<T> column, K key) {
        columns.put(key, column);
        return column.setSortable(true).setSortProperty(key.name()).setKey(key.name().toLowerCase(Locale.ROOT));
    }

    public Select<Integer> pageSize() {
        return pageSize;
    }

    /** The order of one fetch of the grid. */
    public Sort<K> of(Query<?, ?> query) {
        return Sorting.of(query, keys, usual);
    }

    /** The order the grid shows now: what an export writes. */
    public Sort<K> current() {
        List<GridSortOrder<T>> orders = grid.getSortOrder();
        if (orders.isEmpty()) {
            return usual;
        }
        GridSortOrder<T> first = orders.get(0);
        return columns.entrySet().stream().filter(e -> e.getValue() == first.getSorted()).findFirst()
                .map(e -> new Sort<>(e.getKey(), first.getDirection() == SortDirection.DESCENDING)).orElse(usual);
    }

    /** Sorts the grid and picks the page size as the URL says. */
    public void read(ListUrl url) {
        K key = url.enumValue("sort", keys);
        Sort<K> sort = key == null || !columns.containsKey(key) ? usual
                : new Sort<>(key, "desc".equals(url.text("dir")));
        Long size = url.number("size");
        pageSize.setValue(size != null && PAGE_SIZES.contains(size.intValue()) ? size.intValue() : USUAL_SIZE);
        Grid.Column<T> column = columns.get(sort.key());
        grid.sort(column == null ? List.of() : List.of(new GridSortOrder<>(column,
                sort.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }

    /** Adds the order and page size to the URL, leaving out the usual ones. */
    public ListUrl write(ListUrl url) {
        Sort<K> sort = current();
        if (!sort.equals(usual)) {
            url.with("sort", sort.key()).with("dir", sort.descending() ? "desc" : "asc");
        }
        Integer size = pageSize.getValue();
        return url.with("size", size == null || size == USUAL_SIZE ? null : size);
    }
}
