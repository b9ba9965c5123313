package cn.gov.ln.credit.legaldocument;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public address a paper's QR code opens: the verification page with the paper's number and code filled in,
 * under {@code credit.public-url}, the address the public reaches this platform at.
 */
@Component
public class VerificationAddress {

    public static final String NUMBER = "n";
    public static final String CODE = "c";

    private final String base;

    VerificationAddress(@Value("${credit.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String page() {
        return base + "/public/verify";
    }

    public String of(String number, String code) {
        return page() + "?" + NUMBER + "=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&" + CODE + "="
                + code;
    }
}
