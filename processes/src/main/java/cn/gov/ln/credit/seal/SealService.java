package cn.gov.ln.credit.seal;

import cn.gov.ln.credit.caching.CacheNames;
import cn.gov.ln.credit.caching.Caches;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The platform's electronic seal: an SM2 key (SM3withSM2 signatures, GB/T 32918) in a PKCS#12 keystore that is
 * configured outside the code. Certificates of every key ever used stay registered, so old entries verify
 * after the key is replaced.
 */
@Service
public class SealService {

    static final String ALGORITHM = "SM3withSM2";
    private static final Logger log = LoggerFactory.getLogger(SealService.class);
    private static final Provider BC = new BouncyCastleProvider();

    private final SealProperties properties;
    private final SealCertificateMapper certificates;
    private final Clock clock;
    private final Cache known;
    private volatile Loaded active;

    SealService(SealProperties properties, SealCertificateMapper certificates, Clock clock, CacheManager caches) {
        this.properties = properties;
        this.certificates = certificates;
        this.clock = clock;
        this.known = Caches.named(caches, CacheNames.SEAL_CERTIFICATES);
    }

    record Loaded(String keyId, PrivateKey key, X509Certificate certificate) {
    }

    /** Opens the keystore at start-up, so a missing or wrong seal stops the node instead of the first signing. */
    @EventListener(ApplicationReadyEvent.class)
    void openAtStart() {
        active();
    }

    /** Signs data with the active key; returns the key id and the base64 DER signature. */
    public Seal sign(byte[] data) {
        Loaded seal = active();
        try {
            Signature signature = Signature.getInstance(ALGORITHM, BC);
            signature.initSign(seal.key());
            signature.update(data);
            return new Seal(seal.keyId(), Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the seal cannot sign", e);
        }
    }

    /** Whether the signature was made over the data by the key with this id. */
    public boolean verify(String keyId, byte[] data, String signatureBase64) {
        X509Certificate certificate = certificate(keyId);
        if (certificate == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM, BC);
            signature.initVerify(certificate.getPublicKey());
            signature.update(data);
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The active certificate in PEM, published so anyone can check a seal without asking us. */
    public String activeCertificatePem() {
        return pem(active().certificate());
    }

    public String activeKeyId() {
        return active().keyId();
    }

    private X509Certificate certificate(String keyId) {
        return Caches.get(known, keyId, () -> {
            String pem = certificates.findPem(keyId);
            return pem == null ? null : parse(pem);
        });
    }

    private Loaded active() {
        Loaded current = active;
        if (current == null) {
            synchronized (this) {
                if (active == null) {
                    active = load();
                }
                current = active;
            }
        }
        return current;
    }

    private Loaded load() {
        if (properties.keystore() == null || properties.keystore().isBlank()) {
            throw new IllegalStateException("credit.seal.keystore is not set: the platform cannot seal pledges");
        }
        Path path = Path.of(properties.keystore());
        char[] password = properties.password() == null ? new char[0] : properties.password().toCharArray();
        try {
            if (!Files.exists(path)) {
                if (!properties.generateIfMissing()) {
                    throw new IllegalStateException("no seal keystore at " + path.toAbsolutePath());
                }
                generate(path, password);
            }
            KeyStore store = KeyStore.getInstance("PKCS12", BC);
            try (InputStream in = Files.newInputStream(path)) {
                store.load(in, password);
            }
            PrivateKey key = (PrivateKey) store.getKey(properties.alias(), password);
            X509Certificate certificate = (X509Certificate) store.getCertificate(properties.alias());
            if (key == null || certificate == null) {
                throw new IllegalStateException("no key '" + properties.alias() + "' in " + path);
            }
            String keyId = Sm3.hex(certificate.getEncoded());
            if (certificates.findPem(keyId) == null) {
                certificates.insert(keyId, certificate.getSubjectX500Principal().getName(), pem(certificate),
                        Instant.now(clock));
            }
            known.put(keyId, certificate);
            return new Loaded(keyId, key, certificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the seal keystore " + path + ": " + e.getMessage(), e);
        }
    }

    private void generate(Path path, char[] password) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        Instant now = Instant.now(clock);
        X500Name name = new X500Name(properties.subjectName());
        try {
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(
                    new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()), Date.from(now),
                            Date.from(now.plus(3650, ChronoUnit.DAYS)), name, pair.getPublic())
                            .build(new JcaContentSignerBuilder("SM3WITHSM2").setProvider(BC)
                                    .build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12", BC);
            store.load(null, null);
            store.setKeyEntry(properties.alias(), pair.getPrivate(), password,
                    new java.security.cert.Certificate[] {certificate});
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                store.store(out, password);
            }
            log.warn("Generated a self-signed demo seal at {}: replace it with the issued one in production",
                    path.toAbsolutePath());
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static String pem(X509Certificate certificate) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static X509Certificate parse(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", BC)
                    .generateCertificate(new java.io.ByteArrayInputStream(pem.getBytes(
                            java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a registered seal certificate cannot be read", e);
        }
    }
}
