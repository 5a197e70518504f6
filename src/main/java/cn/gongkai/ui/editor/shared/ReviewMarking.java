package cn.gongkai.ui.editor.shared;

import cn.gongkai.domain.model.ReviewMark;
import cn.gongkai.ui.dialogs.Dialogs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 已核对 on a finding or a change (Ctrl+K in the problems and the review lists): marks it with the officer's note, or
 * takes the mark off again — one undoable edit of the draft, so the mark is saved, kept in versions and carried in the
 * exchange file.
 */
public final class ReviewMarking {
    private ReviewMarking() {
    }

    /** Toggles the mark on {@code item} (as listed); {@code what} is what the note dialog shows. */
    public static void toggle(DraftEditing editor, Dialogs dialogs, String item, String what) {
        if (editor.readOnlyProperty().get()) {
            editor.statusProperty().set("已定稿，只能查看");
            return;
        }
        if (editor.draft().mark(item).isPresent()) {
            editor.apply("取消已核对", d -> d.withReviewMarks(d.reviewMarks().stream()
                    .filter(m -> !m.item().equals(item.strip())).toList()));
            return;
        }
        Optional<String> note = dialogs.askNote("标记为已核对", what);
        note.ifPresent(n -> editor.apply("标记已核对", d -> {
            List<ReviewMark> marks = new ArrayList<>(d.reviewMarks());
            marks.add(new ReviewMark(item, n, Instant.now()));
            return d.withReviewMarks(marks);
        }));
    }

    /** How a list shows a marked item: "【已核对：note】" before it, or nothing. */
    public static String prefix(DraftEditing editor, String item) {
        return editor.draft().mark(item).map(m -> "【已核对" + (m.note().isEmpty() ? "" : "：" + m.note()) + "】")
                .orElse("");
    }
}
