package cn.gongkai.domain.port;

/** Which characters the printed disclosure can show (its fonts have them); implemented by the export package. */
@FunctionalInterface
public interface Glyphs {
    /** Every character printable: no check (e.g. tests that are not about fonts). */
    Glyphs ALL = codePoint -> true;

    boolean printable(int codePoint);
}
