package cn.gongkai.export;

/** Section and duty numbers as written: 一、二、…、十、十一、…、二十一. */
public final class ChineseNumbers {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private ChineseNumbers() {
    }

    public static String of(int n) {
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : NUMERALS[tens - 1]) + "十" + (ones == 0 ? "" : NUMERALS[ones - 1]);
    }
}
