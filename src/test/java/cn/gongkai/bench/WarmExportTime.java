package cn.gongkai.bench;

import cn.gongkai.SyntheticDraft;
import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.exchange.ExchangeWriter;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Helpers of bench/speed.sh (not a test): {@code synthetic FILE} writes the 50×10×10 draft (5,000 indicators) as
 * an exchange file to import; {@code warm N} exports the sample N times in this JVM and prints the median of the
 * last ten, so that the JVM's options (the installed launcher's) decide what is measured.
 */
public final class WarmExportTime {
    private WarmExportTime() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "synthetic" -> Files.write(Path.of(args[1]), new ExchangeWriter().write(SyntheticDraft.of(50, 10, 10)));
            case "warm" -> warm(Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void warm(int n) throws Exception {
        Draft d = TestData.sample();
        var problems = Validator.standard().validate(d);
        PdfDisclosureRenderer r = new PdfDisclosureRenderer();
        List<Long> last = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            r.render(d, problems, new ByteArrayOutputStream());
            if (i >= n - 10) {
                last.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        Collections.sort(last);
        System.out.println("warm-export-ms=" + last.get(last.size() / 2));
    }
}
