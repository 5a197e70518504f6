package cn.gongkai.service;

import cn.gongkai.domain.BadInputException;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.DraftHeader;
import cn.gongkai.domain.DraftStatus;
import cn.gongkai.domain.DraftStore;
import cn.gongkai.domain.DraftSummary;
import cn.gongkai.domain.FinanceLevel;
import cn.gongkai.domain.ImportResult;
import cn.gongkai.domain.Problem;
import cn.gongkai.domain.RollForward;
import cn.gongkai.domain.StandardGlossary;
import cn.gongkai.domain.rules.Validator;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** What an officer does with whole drafts: list, create, open, copy, roll forward, check, exchange, bin. */
public final class DraftService {
    private final DraftStore store;
    private final Validator validator;
    private final StandardGlossary glossary;
    private final Importers importers;
    private final Function<Draft, byte[]> exchangeWriter;

    public DraftService(DraftStore store, Validator validator, StandardGlossary glossary, Importers importers,
                        Function<Draft, byte[]> exchangeWriter) {
        this.store = store;
        this.validator = validator;
        this.glossary = glossary;
        this.importers = importers;
        this.exchangeWriter = exchangeWriter;
    }

    public List<DraftSummary> list() {
        return store.list();
    }

    public List<DraftSummary> listDeleted() {
        return store.listDeleted();
    }

    public Draft load(long id) {
        return store.load(id).orElseThrow(() -> new BadInputException("没有编号为 " + id + " 的草稿"));
    }

    /** Opens a draft for editing. */
    public EditSession open(long id) {
        return new EditSession(store, id, load(id));
    }

    public long create(String unitName, int year, FinanceLevel level) {
        if (unitName == null || unitName.isBlank()) {
            throw new BadInputException("请填写单位名称");
        }
        DraftHeader header;
        try {
            header = DraftHeader.newDraft(unitName, year, level);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return store.insert(Draft.empty(header, glossary.forLevel(level)));
    }

    public long insert(Draft draft) {
        return store.insert(draft);
    }

    public void save(long id, Draft draft) {
        store.replace(id, draft);
    }

    /** Imports a file (by its extension) as a new draft; nothing is stored when the file is refused. */
    public ImportResult importFile(Path file) {
        ImportResult parsed = importers.read(file);
        long id = store.insert(parsed.draft());
        return parsed.withId(id);
    }

    /** Imports pasted text as a new draft. */
    public ImportResult importText(String text) {
        ImportResult parsed = importers.readText(text);
        long id = store.insert(parsed.draft());
        return parsed.withId(id);
    }

    public void exportExchange(long id, Path file) {
        AtomicFiles.write(file, exchangeWriter.apply(load(id)));
    }

    public long duplicate(long id) {
        return store.insert(load(id));
    }

    public long rollForward(long id, int year) {
        return store.insert(RollForward.apply(load(id), year, glossary));
    }

    public List<Problem> validate(long id) {
        return validator.validate(load(id));
    }

    public List<Problem> validate(Draft draft) {
        return validator.validate(draft);
    }

    public void setStatus(long id, DraftStatus status) {
        Draft d = load(id);
        store.replace(id, d.withHeader(d.header().withStatus(status)));
    }

    public void moveToBin(long id) {
        store.moveToBin(id);
    }

    public void restoreFromBin(long id) {
        store.restoreFromBin(id);
    }
}
