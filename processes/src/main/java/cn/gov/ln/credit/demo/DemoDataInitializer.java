package cn.gov.ln.credit.demo;

import cn.gov.ln.credit.security.SystemRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Installs the demo data on the first start of an installation that asks for it ({@code credit.demo.enabled}). */
@Component
@ConditionalOnProperty(name = "credit.demo.enabled", havingValue = "true")
class DemoDataInitializer implements ApplicationRunner {

    private final DemoInstallation installation;
    private final SystemRunner system;
    private final int subjects;

    DemoDataInitializer(DemoInstallation installation, SystemRunner system,
            @Value("${credit.demo.subjects:10000}") int subjects) {
        this.installation = installation;
        this.system = system;
        this.subjects = subjects;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!installation.isInstalled()) {
            system.run(() -> installation.install(subjects));
        }
    }
}
