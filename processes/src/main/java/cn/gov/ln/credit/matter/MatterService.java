package cn.gov.ln.credit.matter;

import cn.gov.ln.credit.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The catalogue of permit matters: reference data, read once and kept in memory. */
@Service
public class MatterService {

    private final MatterMapper mapper;
    private volatile Map<String, PermitMatter> byCode;

    MatterService(MatterMapper mapper) {
        this.mapper = mapper;
    }

    public List<PermitMatter> all() {
        return index().values().stream().sorted(java.util.Comparator.comparingInt(PermitMatter::sortOrder)).toList();
    }

    public Optional<PermitMatter> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(index().get(code));
    }

    public PermitMatter get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("permitMatter", code));
    }

    /** Reads the catalogue again after it was changed in the database. */
    public void reload() {
        byCode = null;
    }

    private Map<String, PermitMatter> index() {
        Map<String, PermitMatter> current = byCode;
        if (current == null) {
            current = mapper.findAll().stream().collect(Collectors.toMap(PermitMatter::code, Function.identity()));
            byCode = current;
        }
        return current;
    }
}
