package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.account.AccountRealm;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The product's core (services, mappers, migrations, the engine, by default without its job executor) and its
 * credit source on a chosen database; none of the integration module's web endpoints, and no web server.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "cn.gov.ln.credit", excludeFilters = {
    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
    @ComponentScan.Filter(type = FilterType.REGEX,
            pattern = "cn\\.gov\\.ln\\.credit\\.integration\\.(?!creditsource\\.).*")})
public class BenchmarkApplication {

    @Bean
    SecurityManager securityManager(AccountRealm realm) {
        return realm.standaloneSecurityManager();
    }

    /** A demo account signed in through the real realm, for work done as that user. */
    static Subject signedIn(ConfigurableApplicationContext context, String username) {
        Subject subject = new Subject.Builder(context.getBean(SecurityManager.class)).sessionCreationEnabled(false)
                .buildSubject();
        subject.login(new UsernamePasswordToken(username, "Demo@2026"));
        return subject;
    }
}
