package cn.gongkai.domain.model;

/** One finding: how serious, where, what (with the numbers involved) and how to fix it. */
public record Problem(String rule, Severity severity, Location location, String message, String hint) {
    /** The command-line form: 级别, 位置, 说明 separated by tabs. */
    public String toLine() {
        String text = hint == null || hint.isBlank() ? message : message + "（" + hint + "）";
        return severity.label() + "\t" + location.label() + "\t" + text.replace('\t', ' ').replace('\n', ' ');
    }
}
