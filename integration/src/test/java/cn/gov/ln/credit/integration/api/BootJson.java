package cn.gov.ln.credit.integration.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Spring Boot's auto-configured ObjectMapper with the webapp's {@code spring.jackson} settings (application.yml), for
 * unit tests of classes that take Boot's mapper: what they do must not depend on a private mapper's defaults.
 */
final class BootJson {

    private BootJson() {
    }

    static ObjectMapper mapper() {
        AtomicReference<ObjectMapper> mapper = new AtomicReference<>();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withPropertyValues("spring.jackson.default-property-inclusion=non_null",
                        "spring.jackson.mapper.allow-coercion-of-scalars=false")
                .run(context -> mapper.set(context.getBean(ObjectMapper.class)));
        return mapper.get();
    }
}
