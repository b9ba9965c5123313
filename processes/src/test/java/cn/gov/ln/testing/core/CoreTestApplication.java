package cn.gov.ln.testing.core;

import cn.gov.ln.credit.account.AccountRealm;
import org.apache.shiro.mgt.SecurityManager;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The core (processes module) on its own, for tests: the services, mappers, migrations and the engine, with a
 * non-web Shiro security manager over the real realm. Lives outside {@code cn.gov.ln.credit} so the webapp's
 * component scan never picks it up from the test jar.
 */
@SpringBootApplication(scanBasePackages = "cn.gov.ln.credit")
public class CoreTestApplication {

    @Bean
    SecurityManager securityManager(AccountRealm realm) {
        return realm.standaloneSecurityManager();
    }
}
