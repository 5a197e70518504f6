package cn.gongkai.importer;

import cn.gongkai.domain.model.Draft;

import java.nio.file.Path;

/** The round trip's sample, for the benchmarks outside this package. */
public final class ReformRoundTripTestAccess {
    private ReformRoundTripTestAccess() {
    }

    /** The 2025 sample with its workbook imported, as the README's first steps make it. */
    public static Draft sampleWithTables(Path dir) {
        return ReformRoundTripTest.sampleWithTables(dir);
    }
}
