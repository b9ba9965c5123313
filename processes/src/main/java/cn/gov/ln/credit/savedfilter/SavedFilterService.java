package cn.gov.ln.credit.savedfilter;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' saved filters of the lists: each user reads, saves and deletes only their own; the SQL keys every
 * statement by the caller's username. Saving under a name the user already has for that list replaces its filters.
 */
@Service
public class SavedFilterService {

    public static final int MAX_NAME = 60;
    public static final int MAX_QUERY = 1000;
    public static final int MAX_PER_LIST = 30;
    private static final Pattern ROUTE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final SavedFilterMapper mapper;
    private final AccessGuard guard;
    private final Clock clock;

    SavedFilterService(SavedFilterMapper mapper, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> mine(String listRoute) {
        return mapper.findFor(user(), route(listRoute));
    }

    @Transactional
    public SavedFilter save(String listRoute, String name, String queryString) {
        String username = user();
        String route = route(listRoute);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw ValidationException.of("name", "validation.required");
        }
        if (cleanName.length() > MAX_NAME) {
            throw ValidationException.of("name", "validation.tooLong", MAX_NAME);
        }
        if (CONTROL.matcher(cleanName).find()) {
            throw ValidationException.of("name", "validation.controlCharacters");
        }
        String query = queryString == null ? "" : queryString.strip();
        if (query.isEmpty()) {
            throw ValidationException.of("queryString", "validation.savedFilter.empty");
        }
        if (query.length() > MAX_QUERY) {
            throw ValidationException.of("queryString", "validation.tooLong", MAX_QUERY);
        }
        if (mapper.replaceQuery(username, route, cleanName, query) == 0) {
            if (mapper.countFor(username, route) >= MAX_PER_LIST) {
                throw ValidationException.of("name", "validation.savedFilter.tooMany", MAX_PER_LIST);
            }
            mapper.insert(new SavedFilter(0, username, route, cleanName, query,
                    Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)));
        }
        return mapper.findFor(username, route).stream().filter(f -> f.name().equals(cleanName)).findFirst()
                .orElseThrow();
    }

    /** Deletes one of the caller's filters; another user's is as absent as one that never existed. */
    @Transactional
    public void delete(long id) {
        if (mapper.delete(id, user()) == 0) {
            throw new NotFoundException("savedFilter", id);
        }
    }

    private String user() {
        Actor actor = guard.current();
        if (actor.isSystem()) {
            throw new IllegalStateException("the system keeps no saved filters");
        }
        return actor.username();
    }

    private static String route(String listRoute) {
        if (listRoute == null || !ROUTE.matcher(listRoute).matches()) {
            throw ValidationException.of("listRoute", "validation.savedFilter.list");
        }
        return listRoute;
    }
}
