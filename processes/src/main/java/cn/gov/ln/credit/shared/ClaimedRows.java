package cn.gov.ln.credit.shared;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through rows that must each be handled once though several nodes run the same job: every row in its own
 * transaction, whose handler first claims the row with a conditional update and answers false when another node
 * had it. Pages until a page comes back short; claimed rows no longer match the query.
 */
public final class ClaimedRows {

    public static final int PAGE = 200;

    private ClaimedRows() {
    }

    /** How many rows this call handled. */
    public static <T> int each(TransactionTemplate transactions, IntFunction<List<T>> page, Predicate<T> handle) {
        int handled = 0;
        List<T> rows;
        do {
            rows = page.apply(PAGE);
            for (T row : rows) {
                if (Boolean.TRUE.equals(transactions.execute(status -> handle.test(row)))) {
                    handled++;
                }
            }
        } while (rows.size() == PAGE);
        return handled;
    }
}
