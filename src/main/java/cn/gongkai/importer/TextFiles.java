package cn.gongkai.importer;

import cn.gongkai.domain.model.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text file as officers have them: UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030. */
public final class TextFiles {
    private TextFiles() {
    }

    public static String read(Path file, long maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new BadInputException("文件 " + file.getFileName() + " 过大（超过 " + maxBytes / (1024 * 1024)
                        + " MB），不像一份部门预算公开文件");
            }
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BadInputException("无法读取文件 " + file + "：" + e.getMessage());
        }
    }

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String gb = strict(b, Charset.forName("GB18030"));
        if (gb != null) {
            return gb;
        }
        throw new BadInputException("无法识别文件的文字编码（既不是 UTF-8 也不是 GBK），可能不是文本文件");
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
