package cn.gov.ln.credit.division;

import cn.gov.ln.credit.caching.CacheNames;
import cn.gov.ln.credit.caching.Caches;
import cn.gov.ln.credit.shared.NotFoundException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

/**
 * The province, its 14 cities and their counties. Reference data that changes only by migration, kept in the
 * {@code divisions} cache without expiry.
 */
@Service
public class DivisionService {

    private final DivisionMapper mapper;
    private final Cache cache;

    DivisionService(DivisionMapper mapper, CacheManager caches) {
        this.mapper = mapper;
        this.cache = Caches.named(caches, CacheNames.DIVISIONS);
    }

    public List<Division> all() {
        return List.copyOf(index().values());
    }

    public Division get(String code) {
        Division division = index().get(code);
        if (division == null) {
            throw new NotFoundException("division", code);
        }
        return division;
    }

    public boolean exists(String code) {
        return code != null && index().containsKey(code);
    }

    public String nameOf(String code) {
        Division division = index().get(code);
        return division == null ? code : division.name();
    }

    /** The division and its parents, province first: 辽宁省 / 沈阳市 / 和平区. */
    public String fullName(String code) {
        Division division = get(code);
        return division.parentCode() == null ? division.name() : fullName(division.parentCode()) + " / " + division.name();
    }

    /** The divisions inside the given scope prefix, in code order. */
    public List<Division> within(String scopePrefix) {
        return index().values().stream().filter(d -> d.code().startsWith(scopePrefix)).toList();
    }

    private Map<String, Division> index() {
        return Caches.get(cache, CacheNames.ALL, () -> Collections.unmodifiableMap(mapper.findAll().stream()
                .collect(Collectors.toMap(Division::code, Function.identity(), (a, b) -> a, LinkedHashMap::new))));
    }
}
