package cn.gov.ln.credit.seal;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SealCertificateMapper {

    String findPem(@Param("keyId") String keyId);

    void insert(@Param("keyId") String keyId, @Param("subjectName") String subjectName, @Param("pem") String pem,
            @Param("registeredAt") Instant registeredAt);
}
