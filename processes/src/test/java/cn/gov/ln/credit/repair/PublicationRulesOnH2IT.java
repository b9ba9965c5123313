package cn.gov.ln.credit.repair;

import cn.gov.ln.testing.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class PublicationRulesOnH2IT extends PublicationRulesContract {
}
