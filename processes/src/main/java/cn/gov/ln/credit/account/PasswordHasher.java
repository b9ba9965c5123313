package cn.gov.ln.credit.account;

import java.util.Map;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Salted bcrypt hashes in Shiro 2's crypt format ({@code $shiro2$2y$cost$...}). */
@Component
public class PasswordHasher {

    private final DefaultPasswordService passwordService = new DefaultPasswordService();

    public PasswordHasher(@Value("${credit.security.bcrypt-cost:12}") int cost) {
        DefaultHashService hashService = new DefaultHashService();
        hashService.setDefaultAlgorithmName("bcrypt2y");
        hashService.setParameters(Map.of("BCrypt.cost", cost));
        passwordService.setHashService(hashService);
    }

    public String hash(char[] password) {
        return passwordService.encryptPassword(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return passwordService.passwordsMatch(password, storedHash);
    }

    PasswordService passwordService() {
        return passwordService;
    }
}
