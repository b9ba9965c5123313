package cn.gov.ln.credit.seal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform's signing key lives: a PKCS#12 keystore outside the code. {@code generateIfMissing} creates
 * a self-signed demo seal on first start; production keeps it off and supplies the issued keystore.
 */
@ConfigurationProperties("credit.seal")
public record SealProperties(String keystore, String password, String alias, boolean generateIfMissing,
        String subjectName) {

    public SealProperties {
        alias = alias == null || alias.isBlank() ? "platform-seal" : alias;
        subjectName = subjectName == null || subjectName.isBlank()
                ? "CN=辽宁省信用承诺平台电子签章（演示）,O=辽宁省社会信用体系建设领导小组办公室,C=CN" : subjectName;
    }
}
