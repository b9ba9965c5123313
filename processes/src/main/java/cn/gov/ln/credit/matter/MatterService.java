package cn.gov.ln.credit.matter;

import cn.gov.ln.credit.caching.CacheNames;
import cn.gov.ln.credit.caching.Caches;
import cn.gov.ln.credit.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

/**
 * The catalogue of permit matters with their guides and material catalogues: reference data anyone may read (the
 * public guide shows it signed-out), kept in the {@code matters} cache.
 */
@Service
public class MatterService {

    private final MatterMapper mapper;
    private final Cache cache;

    MatterService(MatterMapper mapper, CacheManager caches) {
        this.mapper = mapper;
        this.cache = Caches.named(caches, CacheNames.MATTERS);
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
        cache.clear();
    }

    private Map<String, PermitMatter> index() {
        return Caches.get(cache, CacheNames.ALL, this::load);
    }

    private Map<String, PermitMatter> load() {
        Map<String, List<PermitMaterial>> materials = mapper.findMaterials().stream()
                .collect(Collectors.groupingBy(PermitMaterial::matterCode));
        return mapper.findAll().stream().map(r -> new PermitMatter(r.code(), r.lineCode(), r.name(),
                r.inLieuAllowed(), r.highRisk(), r.statutoryDays(), r.requiredPapers(), r.legalBasis(), r.sortOrder(),
                r.conditions(), r.fees(), materials.getOrDefault(r.code(), List.of())))
                .collect(Collectors.toUnmodifiableMap(PermitMatter::code, Function.identity()));
    }
}
