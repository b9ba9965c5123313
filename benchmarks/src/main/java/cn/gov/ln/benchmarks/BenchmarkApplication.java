package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.account.AccountRealm;
import org.apache.shiro.mgt.SecurityManager;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The product's core (services, mappers, migrations) on a chosen database, without the web tier. */
@SpringBootApplication(scanBasePackages = "cn.gov.ln.credit")
public class BenchmarkApplication {

    @Bean
    SecurityManager securityManager(AccountRealm realm) {
        return realm.standaloneSecurityManager();
    }
}
