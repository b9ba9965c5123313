package cn.gov.ln.credit.account;

import org.apache.shiro.authc.UsernamePasswordToken;

/**
 * A user name and password sent with a machine call (HTTP Basic on the API or the engine's REST API), not typed
 * into the sign-in form. A wrong one never counts towards the account's lock-out, so nobody who merely reaches the
 * API can lock an account out; the web tier throttles failures by source address instead.
 */
public class MachineCredentials extends UsernamePasswordToken {

    public MachineCredentials(String username, String password, String host) {
        super(username, password, false, host);
    }
}
