package cn.gov.ln.credit.webapp.lists;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.security.Actor;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * People's names instead of their login ids on a list: the names of a page's people are looked up at once when
 * the page is fetched, then kept for the screen's life; the system shows as "系统", an unknown id as itself.
 */
public final class PeopleNames {

    private final AccountService accounts;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    public PeopleNames(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Looks up the names of the rows' people not yet known, and answers the rows as they were. */
    public <T> List<T> load(List<T> rows, Function<T, String> username) {
        List<String> missing = rows.stream().map(username).filter(Objects::nonNull)
                .filter(u -> !known.containsKey(u) && !Actor.SYSTEM_USERNAME.equals(u)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<String, String> found = accounts.displayNames(missing);
            missing.forEach(u -> known.put(u, found.getOrDefault(u, u)));
        }
        return rows;
    }

    public String of(Component context, String username) {
        if (username == null) {
            return "";
        }
        if (Actor.SYSTEM_USERNAME.equals(username)) {
            return context.getTranslation("lists.system");
        }
        return known.getOrDefault(username, username);
    }
}
