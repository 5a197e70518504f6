package cn.gongkai;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.exchange.ExchangeReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The real data the tests run on: the bundled sample draft and the published seeds. */
public final class TestData {
    private TestData() {
    }

    public static byte[] sampleBytes() {
        try (InputStream in = TestData.class.getResourceAsStream("/gongkai/samples/jiuzhou-2019.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Draft sample() {
        return new ExchangeReader().read(sampleBytes());
    }

    /**
     * A seed disclosure: the published texts are kept in src/test/resources/seeds (copied from ../shared/seeds, so
     * that a fresh clone tests without anything beside it).
     */
    public static Path seed(String name) {
        Path p = Path.of("src", "test", "resources", "seeds", name).toAbsolutePath();
        if (!p.toFile().isFile()) {
            throw new IllegalStateException("找不到样本文件 " + p);
        }
        return p;
    }
}
