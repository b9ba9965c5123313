package cn.gov.ln.credit.webapp.lists;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.breach.BreachSortKey;
import cn.gov.ln.credit.shared.Sort;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlFilteredListTest {

    private static final Sort<BreachSortKey> DEFAULT = Sort.descending(BreachSortKey.RAISED);

    @Test
    void readsAKeyOfTheListInLowercaseAndItsDirection() {
        assertThat(sort("sort=case_no&dir=desc")).isEqualTo(Sort.descending(BreachSortKey.CASE_NO));
        assertThat(sort("sort=case_no&dir=asc")).isEqualTo(Sort.ascending(BreachSortKey.CASE_NO));
        assertThat(sort("sort=subject")).as("no direction is ascending")
                .isEqualTo(Sort.ascending(BreachSortKey.SUBJECT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dir=asc", "sort=nonsense&dir=asc", "sort=CASE_NO%27--&dir=desc",
            "sort=case_no&dir=down", "sort=case_no&dir=DESC;drop", "sort=caseno"})
    void aSortThatIsNotTheListsFallsBackToTheDefault(String query) {
        assertThat(sort(query)).isEqualTo(DEFAULT);
    }

    @Test
    void readsOnlyTheOfferedPageSizes() {
        assertThat(UrlFilteredList.sizeOf(url("size=20"), 100)).isEqualTo(20);
        assertThat(UrlFilteredList.sizeOf(url("size=50"), 100)).isEqualTo(50);
        for (String bad : new String[] {"size=0", "size=-20", "size=30", "size=1000000", "size=abc",
                "size=4294967316", "size="}) {
            assertThat(UrlFilteredList.sizeOf(url(bad), 100)).as(bad).isEqualTo(100);
        }
    }

    @Test
    void writesTheSortAndSizeOnlyWhereTheyAreNotTheDefault() {
        assertThat(UrlFilteredList.withOrder(url("status=listed"), DEFAULT, DEFAULT, 100, 100).queryString())
                .isEqualTo("status=listed");
        assertThat(UrlFilteredList.withOrder(url("status=listed"), Sort.ascending(BreachSortKey.CASE_NO), DEFAULT,
                20, 100).queryString()).isEqualTo("status=listed&sort=case_no&dir=asc&size=20");
        assertThat(UrlFilteredList.withOrder(ListUrl.empty(), Sort.descending(BreachSortKey.STATUS), DEFAULT, 100,
                100).queryString()).isEqualTo("sort=status&dir=desc");
    }

    @Test
    void whatItWritesItReadsBack() {
        Sort<BreachSortKey> wanted = Sort.descending(BreachSortKey.SOURCE);
        ListUrl written = UrlFilteredList.withOrder(ListUrl.empty().with("q", "沈阳 A&B=C"), wanted, DEFAULT, 50, 100);
        ListUrl read = ListUrl.of(QueryParameters.fromString(written.queryString()));
        assertThat(read.text("q")).isEqualTo("沈阳 A&B=C");
        assertThat(UrlFilteredList.sortOf(read, BreachSortKey.class, DEFAULT)).isEqualTo(wanted);
        assertThat(UrlFilteredList.sizeOf(read, 100)).isEqualTo(50);
    }

    private static Sort<BreachSortKey> sort(String query) {
        return UrlFilteredList.sortOf(url(query), BreachSortKey.class, DEFAULT);
    }

    private static ListUrl url(String query) {
        return ListUrl.of(QueryParameters.fromString(query));
    }
}
