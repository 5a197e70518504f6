package cn.gongkai.ui;

import javafx.scene.text.Font;

import java.io.InputStream;
import java.util.List;

/**
 * Picks the UI font. JavaFX does not fall back to CFF/OTF CJK fonts, so when the PC has none of the usual Chinese
 * UI fonts the bundled TrueType Noto Sans SC is loaded.
 */
public final class FxFonts {
    private static final List<String> SYSTEM_FAMILIES = List.of("Microsoft YaHei", "微软雅黑", "SimHei", "黑体",
            "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC");
    private static final String BUNDLED = "/gongkai/fonts/NotoSansSC-Regular.ttf";

    private FxFonts() {
    }

    /** The family name to use in the stylesheet. */
    public static String uiFamily() {
        List<String> installed = Font.getFamilies();
        for (String f : SYSTEM_FAMILIES) {
            if (installed.contains(f)) {
                return f;
            }
        }
        try (InputStream in = FxFonts.class.getResourceAsStream(BUNDLED)) {
            Font font = in == null ? null : Font.loadFont(in, 13);
            return font == null ? "System" : font.getFamily();
        } catch (java.io.IOException e) {
            return "System";
        }
    }
}
