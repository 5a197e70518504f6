package cn.gongkai.persistence;

import cn.gongkai.domain.port.OwnIndicators;
import cn.gongkai.domain.targets.LibraryEntry;
import cn.gongkai.domain.targets.Level1;

import java.util.List;

import static cn.gongkai.persistence.generated.Tables.OWN_INDICATOR;

/** The officer's own library entries in the data folder's database (own_indicator), in the order added. */
final class JooqOwnIndicators implements OwnIndicators {
    private final Database database;
    private final JooqDraftStore drafts;

    JooqOwnIndicators(Database database, JooqDraftStore drafts) {
        this.database = database;
        this.drafts = drafts;
    }

    @Override
    public List<LibraryEntry> ownIndicators() {
        synchronized (drafts) {
            return drafts.read(() -> database.dsl().selectFrom(OWN_INDICATOR).orderBy(OWN_INDICATOR.POS)
                    .fetch(r -> new LibraryEntry(r.getCategory(), Level1.valueOf(r.getLevel1()), r.getLevel2(),
                            r.getName(), r.getTarget(), r.getUnit(), true)));
        }
    }

    @Override
    public void addOwnIndicators(List<LibraryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        synchronized (drafts) {
            drafts.write(tx -> {
                Integer last = tx.select(org.jooq.impl.DSL.max(OWN_INDICATOR.POS)).from(OWN_INDICATOR)
                        .fetchOne(0, Integer.class);
                int pos = last == null ? 0 : last + 1;
                for (LibraryEntry e : entries) {
                    tx.deleteFrom(OWN_INDICATOR).where(OWN_INDICATOR.CATEGORY.eq(e.category()))
                            .and(OWN_INDICATOR.NAME.eq(e.name())).execute();
                    tx.insertInto(OWN_INDICATOR).set(OWN_INDICATOR.POS, pos++)
                            .set(OWN_INDICATOR.CATEGORY, e.category()).set(OWN_INDICATOR.NAME, e.name())
                            .set(OWN_INDICATOR.LEVEL1, e.level1().name()).set(OWN_INDICATOR.LEVEL2, e.level2())
                            .set(OWN_INDICATOR.TARGET, e.target()).set(OWN_INDICATOR.UNIT, e.unit()).execute(); // lengths: LibraryEntry
                }
            });
        }
    }
}
