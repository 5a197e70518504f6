package cn.gongkai.domain.port;

/** A page of an exported document as a picture: {@code width × height} pixels, each 0xAARRGGBB, row by row. */
public record PageImage(int width, int height, int[] argb) {
    public PageImage {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("页面图像大小不符：" + width + "×" + height + "，像素 " + argb.length);
        }
    }
}
