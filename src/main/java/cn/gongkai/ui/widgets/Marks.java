package cn.gongkai.ui.widgets;

import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.stream.Collectors;

/** The decoration of a field that has problems: a red (错误) or amber (警告) frame and the messages as tooltip. */
public final class Marks {
    private Marks() {
    }

    public static void apply(Control c, List<Problem> problems) {
        c.getStyleClass().removeAll("problem-error", "problem-warning");
        if (problems.isEmpty()) {
            c.setTooltip(null);
            return;
        }
        boolean error = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        c.getStyleClass().add(error ? "problem-error" : "problem-warning");
        c.setTooltip(new Tooltip(problems.stream().map(p -> p.severity().label() + "：" + p.message())
                .collect(Collectors.joining("\n"))));
    }
}
