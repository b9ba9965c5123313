package cn.gov.ln.credit.inspection;

import cn.gov.ln.credit.evaluation.EvaluationFactor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation factors the inspections give: BREACH results whose breach was determined and listed (a subject
 * not yet heard is not marked down) and NO_PROBLEM results of the last three years, each read in one grouped query
 * over a range of subject ids.
 */
@Configuration(proxyBeanMethods = false)
class InspectionFactors {

    static final int YEARS = 3;

    @Bean
    EvaluationFactor inspectionBreaches(InspectionMapper mapper) {
        return new ResultCount("inspectionBreaches", InspectionResult.BREACH, mapper);
    }

    @Bean
    EvaluationFactor inspectionsClean(InspectionMapper mapper) {
        return new ResultCount("inspectionsClean", InspectionResult.NO_PROBLEM, mapper);
    }

    record ResultCount(String name, InspectionResult result, InspectionMapper mapper) implements EvaluationFactor {

        @Override
        public Map<Long, Long> values(long fromId, long toId, LocalDate today) {
            Map<Long, Long> values = new HashMap<>();
            for (Map<String, Object> row : mapper.countResults(result, fromId, toId, today.minusYears(YEARS))) {
                values.put(((Number) row.get("subjectId")).longValue(), ((Number) row.get("n")).longValue());
            }
            return values;
        }
    }
}
