package cn.gongkai.ui.widgets;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in fields as 2025-02-10 whatever the system's locale (an English Windows would show 2/10/2025), and read as
 * an officer types them: 2025-2-10, 2025/2/10, 2025.2.10 or 2025年2月10日.
 */
public final class Dates {
    private static final Pattern TYPED = Pattern.compile("\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*");

    private Dates() {
    }

    /** The date as a field shows it. */
    public static String shown(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** A typed date; null when blank; {@link IllegalArgumentException} with a Chinese message when not a date. */
    public static LocalDate typed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = TYPED.matcher(text);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            return LocalDate.parse(text.strip());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("“" + text.strip() + "”不是日期：请写成 2025-02-10");
        }
    }

    /** Shows and reads the picker's date as above; a text that is no date leaves the date as it was. */
    public static void iso(DatePicker picker) {
        picker.setPromptText("2025-02-10");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return shown(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return typed(s);
                } catch (IllegalArgumentException e) {
                    return picker.getValue();
                }
            }
        });
    }
}
