package cn.gongkai.app;

import cn.gongkai.domain.model.GongkaiException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The template assets packaged from the top-level resources/ folder (under /gongkai/ in the jar). */
public final class Resources {
    private Resources() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Resources.class.getResourceAsStream("/gongkai/" + path)) {
            if (in == null) {
                throw new GongkaiException("程序文件不完整：缺少 " + path + "，请重新安装");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new GongkaiException("无法读取程序文件 " + path + "：" + e.getMessage(), e);
        }
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
