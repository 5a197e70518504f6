package cn.gongkai.export.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts of the disclosure. The standard official-document fonts are used when the PC has them (仿宋_GB2312 /
 * 仿宋, 黑体, 楷体, 方正小标宋); otherwise the bundled OFL TrueType fonts. Every font is embedded as a subset, so
 * the PDF looks the same on a PC without any Chinese font.
 */
final class PdfFonts {
    enum Role {
        BODY("仿宋", List.of("仿宋_GB2312.ttf", "FS_GB2312.ttf", "simfang.ttf", "SIMFANG.TTF"), SERIF),
        HEADING("黑体", List.of("simhei.ttf", "SIMHEI.TTF"), SANS),
        SUBHEADING("楷体", List.of("楷体_GB2312.ttf", "simkai.ttf", "SIMKAI.TTF"), SERIF),
        TITLE("小标宋", List.of("方正小标宋简体.ttf", "FZXBSJW.TTF", "fzxbsjw.ttf", "FZXBSK.TTF"), SERIF);

        final String name;
        final List<String> systemFiles;
        final String bundled;

        Role(String name, List<String> systemFiles, String bundled) {
            this.name = name;
            this.systemFiles = systemFiles;
            this.bundled = bundled;
        }
    }

    private static final String SERIF = "/gongkai/fonts/NotoSerifSC-Regular.ttf";
    private static final String SANS = "/gongkai/fonts/NotoSansSC-Regular.ttf";
    private static final Map<String, FontProgram> PROGRAMS = new ConcurrentHashMap<>();

    /** The fonts chosen for one document, and whether they are the bundled stand-ins. */
    record Set(PdfFont body, PdfFont heading, PdfFont subheading, PdfFont title, boolean subheadingIsStandIn,
               boolean titleIsStandIn) {
    }

    private PdfFonts() {
    }

    /** Starts parsing the font files on a background thread (about half a second), e.g. while the database opens. */
    static void preload() {
        Thread t = new Thread(() -> {
            for (Role r : Role.values()) {
                Path system = systemFile(r);
                String key = system != null ? system.toString() : r.bundled;
                PROGRAMS.computeIfAbsent(key, k -> load(system, r.bundled));
            }
        }, "gongkai-fonts");
        t.setDaemon(true);
        t.start();
    }

    /** The body text's font program (parsed once, then kept). */
    static FontProgram body() {
        Path system = systemFile(Role.BODY);
        String key = system != null ? system.toString() : Role.BODY.bundled;
        return PROGRAMS.computeIfAbsent(key, k -> load(system, Role.BODY.bundled));
    }

    /** One PdfFont per font file, so a file used for several roles is embedded once. */
    static Set forDocument() {
        Map<String, PdfFont> perDocument = new java.util.HashMap<>();
        return new Set(font(Role.BODY, perDocument), font(Role.HEADING, perDocument),
                font(Role.SUBHEADING, perDocument), font(Role.TITLE, perDocument),
                systemFile(Role.SUBHEADING) == null, systemFile(Role.TITLE) == null);
    }

    private static PdfFont font(Role role, Map<String, PdfFont> perDocument) {
        Path system = systemFile(role);
        String key = system != null ? system.toString() : role.bundled;
        return perDocument.computeIfAbsent(key, k -> PdfFontFactory.createFont(
                PROGRAMS.computeIfAbsent(k, x -> load(system, role.bundled)), PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED));
    }

    private static FontProgram load(Path system, String bundled) {
        try {
            if (system != null) {
                return program(Files.readAllBytes(system));
            }
            try (InputStream in = PdfFonts.class.getResourceAsStream(bundled)) {
                if (in == null) {
                    throw new IOException("缺少字体文件 " + bundled);
                }
                return program(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A TrueType font (by its first four bytes) remembers its subsets between documents ({@link SubsetCachingFont});
     * others as iText reads them.
     */
    private static FontProgram program(byte[] bytes) throws IOException {
        boolean trueType = bytes.length > 4 && (bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0
                || bytes[0] == 't' && bytes[1] == 'r' && bytes[2] == 'u' && bytes[3] == 'e'); // not OTTO (CFF), ttcf
        return trueType ? new SubsetCachingFont(bytes) : FontProgramFactory.createFont(bytes, false);
    }

    /** Where an installed official-document font for the role is, or null. */
    static Path systemFile(Role role) {
        if (Boolean.getBoolean("gongkai.bundledFontsOnly")) {
            return null;
        }
        for (Path dir : fontDirs()) {
            for (String name : role.systemFiles) {
                Path p = dir.resolve(name);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static List<Path> fontDirs() {
        List<Path> dirs = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null) {
            dirs.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
        }
        String home = System.getProperty("user.home");
        dirs.add(Path.of(home, ".fonts"));
        dirs.add(Path.of(home, ".local", "share", "fonts"));
        dirs.add(Path.of("/usr/share/fonts/truetype/windows"));
        dirs.add(Path.of("/usr/share/fonts/winfonts"));
        dirs.add(Path.of("/usr/share/fonts/fonts-windows"));
        return dirs;
    }
}
