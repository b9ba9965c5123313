package cn.gov.ln.credit.integration.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the department API, served at /v3/api-docs and browsable at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI creditApi() {
        return new OpenAPI()
                .info(new Info().title("辽宁省信用承诺与审批系统 API").version("v1")
                        .description("供成员单位业务系统调用的接口。除公开核验接口外，均以部门接口账户 HTTP Basic 认证，"
                                + "按调用部门限定数据范围。错误统一返回 {status, error, message, violations[field, reason]}。"))
                .components(new Components().addSecuritySchemes("department",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("department"));
    }
}
