package cn.gov.ln.credit.division;

import cn.gov.ln.credit.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The province, its 14 cities and their counties. Reference data that changes only by migration, so it is
 * read once and kept in memory.
 */
@Service
public class DivisionService {

    private final DivisionMapper mapper;
    private volatile Map<String, Division> byCode;

    DivisionService(DivisionMapper mapper) {
        this.mapper = mapper;
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
        Map<String, Division> current = byCode;
        if (current == null) {
            current = mapper.findAll().stream().collect(Collectors.toMap(Division::code, Function.identity(),
                    (a, b) -> a, java.util.LinkedHashMap::new));
            byCode = current;
        }
        return current;
    }
}
