package cn.gov.ln.credit.printing;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK TrueType font every printed paper is set in: the one named by {@code credit.letter.font}, or the first
 * found of the usual system fonts. Loaded once; a node without one fails at its first print with the fix named.
 */
@Component
public class CjkFont {

    static final List<String> CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/msyh.ttc");

    private final String configured;
    private volatile BaseFont font;

    public CjkFont(@Value("${credit.letter.font:}") String configured) {
        this.configured = configured;
    }

    public BaseFont get() {
        BaseFont current = font;
        if (current == null) {
            String path = configured != null && !configured.isBlank() ? configured : CANDIDATES.stream()
                    .filter(candidate -> Files.isReadable(Path.of(candidate))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No CJK font for printed papers: install "
                            + "fonts-wqy-microhei or set credit.letter.font to a TrueType font with Chinese glyphs"));
            String name = path.toLowerCase(Locale.ROOT).endsWith(".ttc") ? path + ",0" : path;
            try {
                current = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("cannot load the font " + path, e);
            }
            font = current;
        }
        return current;
    }
}
