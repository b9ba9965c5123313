package cn.gov.ln.credit.department;

import cn.gov.ln.credit.caching.CacheNames;
import cn.gov.ln.credit.caching.Caches;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.NotFoundException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

/**
 * The member departments and their city and county counterparts. Reference data, kept in the
 * {@code departments} cache; {@link #refresh()} after a change.
 */
@Service
public class DepartmentService {

    private final DepartmentMapper mapper;
    private final AccessGuard guard;
    private final Cache cache;

    DepartmentService(DepartmentMapper mapper, AccessGuard guard, CacheManager caches) {
        this.mapper = mapper;
        this.guard = guard;
        this.cache = Caches.named(caches, CacheNames.DEPARTMENTS);
    }

    /** The departments inside the caller's division, provincial member units first. */
    public List<Department> listInScope() {
        Actor actor = guard.require(Permissions.DEPARTMENT_READ);
        return index().values().stream()
                .filter(d -> actor.coversDivision(d.divisionCode()))
                .sorted(Comparator.comparing(Department::divisionCode).thenComparingInt(Department::sortOrder))
                .toList();
    }

    public Department get(long id) {
        Department department = index().get(id);
        if (department == null) {
            throw new NotFoundException("department", id);
        }
        return department;
    }

    public Optional<Department> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(index().get(id));
    }

    public Optional<Department> findByCode(String code) {
        return index().values().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public String nameOf(Long id) {
        return find(id).map(Department::name).orElse("");
    }

    /** Every department, for pickers and reference lookups that need no permission of their own. */
    public List<Department> all() {
        return List.copyOf(index().values());
    }

    public void refresh() {
        cache.clear();
    }

    private Map<Long, Department> index() {
        return Caches.get(cache, CacheNames.ALL, () -> Collections.unmodifiableMap(mapper.findAll().stream()
                .collect(Collectors.toMap(Department::id, Function.identity(), (a, b) -> a, LinkedHashMap::new))));
    }
}
