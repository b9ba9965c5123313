package cn.gov.ln.credit.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A QR code encodes exactly the verification address: rendered and read back by a reader, it is the same text. */
class QrCodeTest {

    @Test
    void theEncodedAddressReadsBackTheSame() throws Exception {
        String url = "https://credit.ln.gov.cn/public/verify?n=%E8%BE%BD%E6%B2%88%E5%B8%82%E7%9B%91%E8%AE%B8"
                + "%E3%80%942026%E3%80%95123%E5%8F%B7&c=ABCD23456789";
        assertThat(decode(QrCode.encode(url))).isEqualTo(url);
        String pledge = "http://localhost:8080/public/verify?n=21000020261203000001&c=XYZW98765432";
        assertThat(decode(QrCode.encode(pledge))).isEqualTo(pledge);
    }

    @Test
    void theCodeHasAQuietZone() {
        BitMatrix matrix = QrCode.encode("http://localhost/public/verify?n=1&c=2");
        for (int i = 0; i < matrix.getWidth(); i++) {
            assertThat(matrix.get(i, 0)).isFalse();
            assertThat(matrix.get(0, i)).isFalse();
        }
    }

    /** Renders the modules as an image, four pixels each, and reads it as a camera would. */
    private static String decode(BitMatrix matrix) throws Exception {
        int scale = 4;
        int size = matrix.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        LuminanceSource source = new RGBLuminanceSource(size, size, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
