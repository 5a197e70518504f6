package cn.gongkai.exchange;

/** Identity of the exchange file format; see docs/exchange-format.md. */
public final class ExchangeFormat {
    public static final String FORMAT = "gongkai-draft";
    public static final int VERSION = 7;
    /** The oldest version still read: every version ever written keeps reading. */
    public static final int OLDEST = 1;
    /** Larger files are refused before parsing: a real draft is well under 10 MB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private ExchangeFormat() {
    }
}
