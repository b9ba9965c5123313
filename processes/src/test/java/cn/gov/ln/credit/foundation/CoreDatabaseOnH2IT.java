package cn.gov.ln.credit.foundation;

import cn.gov.ln.testing.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class CoreDatabaseOnH2IT extends CoreDatabaseContract {
}
