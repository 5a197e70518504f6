package cn.gongkai.importer.pdf;

import java.text.Normalizer;

/**
 * Characters a PDF's font maps to a radical instead of the character it draws: many fonts share one glyph between
 * 山 and the Kangxi radical ⼭ (U+2F2D), or 门 and the simplified radical ⻔ (U+2ED4), and their ToUnicode tables
 * name the radical. Each is read as the ideograph, as a reader of the page sees it.
 */
final class Radicals {
    /** Simplified forms in the CJK Radicals Supplement, and the ideograph each stands for. */
    private static final String SUPPLEMENT = "⺁厂⺇几⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺛旡⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪疋⺫罒"
            + "⺬示⺭礻⺮竹⺯糸⺰纟⺱罓⺲罒⺳网⺴网⺵网⺶羊⺷羊⺸羊⺹耂⺺肀⺻聿⺼月⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇角⻈讠⻉贝"
            + "⻊足⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑长⻒镸⻓长⻔门⻕门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞飠⻟饣⻠饣⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟"
            + "⻧卤⻨麦⻩黄⻪黾⻫齐⻬齐⻭齿⻮齿⻯龙⻰龙⻱龟⻲龟⻳龟";

    /** Traditional forms a Chinese font draws with the simplified glyph, named by its table in their place. */
    private static final String VARIANTS = "戶户戸户";

    private Radicals() {
    }

    static String ideographs(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = null;
            if (c >= 0x2F00 && c <= 0x2FDF) {
                r = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC); // the Kangxi radicals decompose
                int v = VARIANTS.indexOf(r);
                r = v >= 0 && v % 2 == 0 ? String.valueOf(VARIANTS.charAt(v + 1)) : r; // ⼾ → 戶 → 户
            } else if (c >= 0x2E80 && c <= 0x2EFF) {
                int at = SUPPLEMENT.indexOf(c);
                r = at >= 0 ? SUPPLEMENT.substring(at + 1, SUPPLEMENT.offsetByCodePoints(at + 1, 1)) : null;
            } else if (VARIANTS.indexOf(c) >= 0 && VARIANTS.indexOf(c) % 2 == 0) {
                r = String.valueOf(VARIANTS.charAt(VARIANTS.indexOf(c) + 1));
            }
            if (r != null) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append(r);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
