package cn.gov.ln.credit.config;

import cn.gov.ln.credit.engine.EngineClock;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Properties;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring shared by every feature: the clock, MyBatis mapper discovery and the database vendor ids. */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("cn.gov.ln.credit")
@MapperScan(basePackages = "cn.gov.ln.credit", annotationClass = Mapper.class)
public class CoreConfiguration {

    /**
     * The province's clock: "today" for deadlines and validity is a date in China, whatever the JVM's zone. It
     * reads the engine's time, so timers and business deadlines never disagree.
     */
    @Bean
    Clock clock(@Value("${credit.time-zone:Asia/Shanghai}") String zone) {
        return new EngineClock(ZoneId.of(zone));
    }

    /** Lets a mapper statement carry {@code databaseId="postgresql"} (or h2, oracle) where SQL differs. */
    @Bean
    DatabaseIdProvider databaseIdProvider() {
        Properties vendors = new Properties();
        vendors.setProperty("H2", "h2");
        vendors.setProperty("PostgreSQL", "postgresql");
        vendors.setProperty("Oracle", "oracle");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider;
    }
}
