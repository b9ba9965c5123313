package cn.gov.ln.credit.config;

import java.sql.DatabaseMetaData;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * One Flyway migration set for H2, PostgreSQL and Oracle: the few types that differ are placeholders filled
 * from the connected database, and Oracle counts VARCHAR lengths in characters, as the others do. Long texts
 * are plain VARCHAR on H2: its LOB machinery costs far more than the sizes here (at most 4,000 characters).
 */
@Configuration(proxyBeanMethods = false)
public class SchemaConfiguration {

    static final Map<String, Map<String, String>> TYPES = Map.of(
            "h2", Map.of("bigint", "BIGINT", "bool", "BOOLEAN", "clob", "VARCHAR(1000000)", "blob", "BLOB", "false", "FALSE"),
            "postgresql", Map.of("bigint", "BIGINT", "bool", "BOOLEAN", "clob", "TEXT", "blob", "BYTEA", "false", "FALSE"),
            "oracle", Map.of("bigint", "NUMBER(19)", "bool", "NUMBER(1)", "clob", "CLOB", "blob", "BLOB", "false", "0"));

    @Bean
    FlywayConfigurationCustomizer vendorPlaceholders() {
        return configuration -> {
            String vendor = vendorOf(configuration);
            configuration.placeholders(TYPES.get(vendor));
            if (vendor.equals("oracle")) {
                configuration.initSql("ALTER SESSION SET NLS_LENGTH_SEMANTICS = 'CHAR'");
            }
        };
    }

    /** The business schema exists before the engine starts, so start-up work can rely on both. */
    @Bean
    static AbstractDependsOnBeanFactoryPostProcessor engineAfterFlyway() {
        return new AbstractDependsOnBeanFactoryPostProcessor(ProcessEngine.class, ProcessEngineFactoryBean.class,
                "flywayInitializer") {
        };
    }

    static String vendorOf(FluentConfiguration configuration) {
        DataSource dataSource = configuration.getDataSource();
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            if (product.startsWith("H2")) {
                return "h2";
            }
            if (product.startsWith("PostgreSQL")) {
                return "postgresql";
            }
            if (product.startsWith("Oracle")) {
                return "oracle";
            }
            throw new IllegalStateException("unsupported database: " + product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot read the database vendor", e);
        }
    }
}
