package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.account.AccountRealm;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** The product's core (services, mappers, migrations, the engine without its job executor) on a chosen database. */
@SpringBootApplication(scanBasePackages = "cn.gov.ln.credit")
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
