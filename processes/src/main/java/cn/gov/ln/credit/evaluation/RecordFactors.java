package cn.gov.ln.credit.evaluation;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The evaluation factors read from the records this module owns: lists, breaches, pledges and repairs. Breaches,
 * pledges and repairs count over the last {@value SqlFactor#WINDOW_YEARS} years; listings while in force.
 */
@Configuration(proxyBeanMethods = false)
class RecordFactors {

    private static final String IN_FORCE = " AND status = 'ACTIVE' AND (expires_on IS NULL OR expires_on >= :today)";
    private static final String RANGE = " WHERE subject_id BETWEEN :fromId AND :toId";
    private static final String BY_SUBJECT = " GROUP BY subject_id";

    private final NamedParameterJdbcTemplate jdbc;

    RecordFactors(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    @Bean
    EvaluationFactor dishonestyListings() {
        return factor("dishonestyListings", "SELECT subject_id, COUNT(*) FROM list_entry" + RANGE
                + " AND list_type = 'DISHONESTY'" + IN_FORCE + BY_SUBJECT);
    }

    /** Also the legal floor: a subject with one of these is graded D whatever the model says. */
    @Bean
    EvaluationFactor seriousListings() {
        return factor(EvaluationRules.SERIOUS_LISTINGS, "SELECT subject_id, COUNT(*) FROM list_entry" + RANGE
                + " AND list_type = 'DISHONESTY' AND tier = 'SERIOUS'" + IN_FORCE + BY_SUBJECT);
    }

    /**
     * Breaches determined (a dishonesty listing decided) within the window, whether the listing is still in force;
     * a listing revoked on objection never counts. Counted on the listing, so that the grade is right from the
     * moment the listing exists, before the breach's own status follows.
     */
    @Bean
    EvaluationFactor breachesDetermined() {
        return factor("breachesDetermined", "SELECT subject_id, COUNT(*) FROM list_entry" + RANGE
                + " AND list_type = 'DISHONESTY' AND status <> 'REVOKED' AND listed_on >= :sinceDay" + BY_SUBJECT);
    }

    /** Pledges made within the window that were determined not (or only partly) kept. */
    @Bean
    EvaluationFactor pledgesBroken() {
        return factor("pledgesBroken", "SELECT subject_id, COUNT(*) FROM pledge" + RANGE
                + " AND fulfillment_status IN ('NOT_FULFILLED', 'PARTLY_FULFILLED') AND created_at >= :since"
                + BY_SUBJECT);
    }

    @Bean
    EvaluationFactor pledgesKept() {
        return factor("pledgesKept", "SELECT subject_id, COUNT(*) FROM pledge" + RANGE
                + " AND fulfillment_status = 'FULFILLED' AND created_at >= :since" + BY_SUBJECT);
    }

    @Bean
    EvaluationFactor repairsCompleted() {
        return factor("repairsCompleted", "SELECT subject_id, COUNT(*) FROM repair_application" + RANGE
                + " AND status = 'GRANTED' AND decided_at >= :since" + BY_SUBJECT);
    }

    /** 1 while the subject is on the red list, else 0. */
    @Bean
    EvaluationFactor redList() {
        return factor("redList", "SELECT subject_id, MAX(1) FROM list_entry" + RANGE + " AND list_type = 'RED'"
                + IN_FORCE + BY_SUBJECT);
    }

    private EvaluationFactor factor(String name, String sql) {
        return new SqlFactor(name, sql, jdbc);
    }
}
