package cn.gongkai.ui;

import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;

/** A scene as a PNG, for a person to look at (ScreenTour and the windows' own tests when gongkai.screens is set). */
public final class Screenshots {
    private Screenshots() {
    }

    public static void save(FxRobot robot, Scene scene, Path file) throws Exception {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(scene.snapshot(null)));
        WritableImage fx = img.get();
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        fx.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        out.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(out, "png", file.toFile());
    }
}
