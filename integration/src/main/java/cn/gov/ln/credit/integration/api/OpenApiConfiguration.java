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
                                + "按调用部门限定数据范围。错误统一返回 {status, error, message, violations[field, reason]}。"
                                + "\n\n请求正文严格读取：须为一个 UTF-8 编码的 JSON 文档，其后不能再有内容；同一属性只能出现一次；"
                                + "不能含有接口未定义的属性；数字与文字、布尔值之间不做转换；正文不超过 1 MB（超过返回 413）。"
                                + "文本中不能有不成对的代理字符、Unicode 非字符、控制字符（制表符与换行除外）、双向文字控制符"
                                + "及其他不可见的格式字符；文本按 NFC 规范化后存储、计算哈希和签章。违反时返回 400，"
                                + "violations 中指明属性。"
                                + "\n\n主体代码：先按 GB 32100 校验统一社会信用代码，再按 GB 11643 校验公民身份号码；缺失、"
                                + "格式错误、未登记是三种不同的回答（validation.required、校验失败的原因、"
                                + "validation.subject.notRegistered）。"
                                + "\n\n幂等：以同一 externalReference 重复提交相同内容，返回首次的记录；内容不同则返回 409，"
                                + "violations 列出不同的属性，本次请求不被受理。"))
                .components(new Components().addSecuritySchemes("department",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("department"));
    }
}
