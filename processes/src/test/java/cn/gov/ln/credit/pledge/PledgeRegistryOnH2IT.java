package cn.gov.ln.credit.pledge;

import cn.gov.ln.testing.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class PledgeRegistryOnH2IT extends PledgeRegistryContract {
}
