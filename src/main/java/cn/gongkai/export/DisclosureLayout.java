package cn.gongkai.export;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.domain.writing.Narratives;

import java.util.List;

/**
 * A disclosure laid out as blocks, in the draft's template: since the reform, cover, 目录, the standard tables, the
 * 情况说明 and the 绩效 table ({@link ReformLayout}); in the 2018–2020 template the nine sections in order with
 * every table of the seeds ({@link LegacyLayout}). What both print alike is in {@link SharedSections}.
 */
public final class DisclosureLayout {
    public static final String EMPTY_TABLE = SharedSections.EMPTY_TABLE;
    public static final String AMOUNT_NOTE = Narratives.AMOUNT_NOTE;
    /** The words of the 草稿 mark, on every page of a draft not ready for publication. */
    public static final String DRAFT_NOTICE = "草稿：尚未定稿或仍有错误，不得用于公开";

    private DisclosureLayout() {
    }

    /** A draft that is not 定稿, or has 错误 among {@code problems}, is printed with the 草稿 mark. */
    public static boolean draftMark(Draft d, List<Problem> problems) {
        return d.header().status() != DraftStatus.FINAL || Validator.hasErrors(problems);
    }

    public static List<Block> of(Draft d) {
        BlockList out = new BlockList();
        if (d.header().profile().tablesFirst()) {
            ReformLayout.write(d, out);
        } else {
            LegacyLayout.write(d, out);
        }
        return out.blocks();
    }
}
