package cn.gov.ln.credit.evaluation;

import java.time.LocalDate;
import java.util.Map;

/**
 * One factor of the public credit evaluation (公共信用综合评价): a count read from the subjects' records, scored by
 * the factor's own decision table in the evaluation model. Every Spring bean of this type is a factor; a feature
 * that owns the records (inspections, for instance) provides its own.
 */
public interface EvaluationFactor {

    /**
     * A stable name in lower camel case. The evaluation model has a decision {@code Factor_<name>} that scores it,
     * and the bundles name it under {@code evaluation.factor.<name>}.
     */
    String name();

    /**
     * The factor's value for every subject with an id in {@code [fromId, toId]} that has a non-zero value, read in
     * one query; a subject absent from the map has the value 0. {@code today} bounds the look-back window.
     */
    Map<Long, Long> values(long fromId, long toId, LocalDate today);
}
