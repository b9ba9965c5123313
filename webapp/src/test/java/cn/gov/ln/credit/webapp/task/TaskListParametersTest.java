package cn.gov.ln.credit.webapp.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.task.DueFilter;
import cn.gov.ln.credit.task.TaskSort;
import cn.gov.ln.credit.task.TaskSortKey;
import cn.gov.ln.credit.task.TaskView;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The task list's address: what a link from a dashboard says is what the list shows, and back. */
class TaskListParametersTest {

    private static final PermitMatter FOOD = new PermitMatter("LN-SCJG-002", "SCJG", "食品经营许可", true, false, 20,
            "", "", 2);

    @Test
    void theContractsParametersReadAsTheListsFilters() {
        TaskListParameters read = TaskListParameters.read(QueryParameters.fromString(
                "view=department&due=soon&matter=LN-SCJG-002&route=green&q=BJ2026&from=2026-12-01&to=2026-12-04"
                        + "&sort=subject&dir=desc&size=100"), code -> Optional.of(FOOD).filter(m -> m.code()
                                .equals(code)));
        assertThat(read.view()).isEqualTo(TaskView.DEPARTMENT);
        assertThat(read.due()).isEqualTo(DueFilter.SOON);
        assertThat(read.matter()).isEqualTo(FOOD);
        assertThat(read.route()).isEqualTo(FilingRoute.GREEN);
        assertThat(read.text()).isEqualTo("BJ2026");
        assertThat(read.from()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(read.to()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(read.sort()).isEqualTo(TaskSort.descending(TaskSortKey.SUBJECT));
        assertThat(read.pageSize()).isEqualTo(100);

        assertThat(TaskListParameters.queryString(read.view(), read.matter(), read.route(), read.due(), read.text(),
                read.from(), read.to(), read.sort(), read.pageSize())).isEqualTo("?view=department&due=soon"
                        + "&matter=LN-SCJG-002&route=green&q=BJ2026&from=2026-12-01&to=2026-12-04&sort=subject&dir=desc"
                        + "&size=100");
    }

    @Test
    void unknownValuesAreIgnoredAndDefaultsLeftOut() {
        TaskListParameters read = TaskListParameters.read(QueryParameters.fromString(
                "view=everything&due=yesterday&matter=NO-SUCH&route=&from=soon&sort=salary;drop&size=many"),
                code -> Optional.empty());
        assertThat(read).isEqualTo(new TaskListParameters(null, false, null, null, null, null, null, null,
                TaskSort.DEFAULT, null));
        assertThat(TaskListParameters.queryString(TaskView.MINE, null, null, null, " ", null, null,
                TaskSort.DEFAULT, 50)).isEqualTo("?view=mine");
        String chinese = TaskListParameters.queryString(TaskView.MINE, null, null, null, "沈阳 食品&x", null, null,
                TaskSort.DEFAULT, 50);
        assertThat(chinese).isEqualTo("?view=mine&q=%E6%B2%88%E9%98%B3%20%E9%A3%9F%E5%93%81%26x");
        assertThat(TaskListParameters.read(QueryParameters.fromString(chinese.substring(1)), code -> Optional.empty())
                .text()).isEqualTo("沈阳 食品&x");
    }
}
