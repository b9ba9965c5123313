package cn.gov.ln.credit.evaluation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A factor read by one {@code GROUP BY subject_id} query over an id range. The query selects the subject id and a
 * count and may use {@code :fromId}, {@code :toId}, {@code :today}, {@code :since} (the start of the look-back
 * window, a timestamp) and {@code :sinceDay} (the same day as a date).
 */
final class SqlFactor implements EvaluationFactor {

    /** How far back breaches, pledges and repairs count. */
    static final int WINDOW_YEARS = 3;

    private final String name;
    private final String sql;
    private final NamedParameterJdbcTemplate jdbc;

    SqlFactor(String name, String sql, NamedParameterJdbcTemplate jdbc) {
        this.name = name;
        this.sql = sql;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<Long, Long> values(long fromId, long toId, LocalDate today) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("fromId", fromId)
                .addValue("toId", toId).addValue("today", today)
                .addValue("sinceDay", today.minusYears(WINDOW_YEARS))
                .addValue("since", Timestamp.valueOf(today.minusYears(WINDOW_YEARS).atStartOfDay()));
        Map<Long, Long> values = new HashMap<>();
        jdbc.query(sql, parameters, rs -> {
            values.put(rs.getLong(1), rs.getLong(2));
        });
        return values;
    }
}
