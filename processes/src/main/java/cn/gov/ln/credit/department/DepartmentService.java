package cn.gov.ln.credit.department;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The member departments and their city and county counterparts. Reference data: read once, kept in memory;
 * {@link #refresh()} after a change.
 */
@Service
public class DepartmentService {

    private final DepartmentMapper mapper;
    private final AccessGuard guard;
    private volatile Map<Long, Department> byId;

    DepartmentService(DepartmentMapper mapper, AccessGuard guard) {
        this.mapper = mapper;
        this.guard = guard;
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
        byId = null;
    }

    private Map<Long, Department> index() {
        Map<Long, Department> current = byId;
        if (current == null) {
            current = mapper.findAll().stream().collect(Collectors.toMap(Department::id, Function.identity(),
                    (a, b) -> a, java.util.LinkedHashMap::new));
            byId = current;
        }
        return current;
    }
}
