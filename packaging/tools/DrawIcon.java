import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Clinica's icon (a white cross on a teal rounded square, with a small heart-beat line) and
 * writes it in the forms the installers want: PNGs for Linux, an .ico for Windows and an .icns for
 * macOS. Both container formats hold PNG images, which every supported system reads.
 *
 * <p>Run from the project root: {@code java -Djava.awt.headless=true
 * packaging/tools/DrawIcon.java packaging}
 */
public final class DrawIcon {

    private static final Color TOP = new Color(0x1B, 0x9A, 0xAA);
    private static final Color BOTTOM = new Color(0x0E, 0x5E, 0x7A);
    private static final Color PULSE = new Color(0xE8, 0x4A, 0x5F);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging");
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, encode(draw(size)));
        }
        Path linux = Files.createDirectories(out.resolve("linux/icons"));
        for (int size : new int[] {48, 64, 128, 256}) {
            Files.write(linux.resolve("clinica-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("linux/Clinica.png"), png.get(256));
        Files.createDirectories(out.resolve("windows"));
        writeIco(out.resolve("windows/Clinica.ico"), png, 16, 32, 48, 64, 128, 256);
        Files.createDirectories(out.resolve("macos"));
        writeIcns(out.resolve("macos/Clinica.icns"), png);
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(0, 16, TOP, 0, 240, BOTTOM));
        g.fill(new RoundRectangle2D.Double(12, 12, 232, 232, 56, 56));

        Area cross = new Area(new RoundRectangle2D.Double(98, 44, 60, 168, 14, 14));
        cross.add(new Area(new RoundRectangle2D.Double(44, 98, 168, 60, 14, 14)));
        g.setColor(new Color(0, 0, 0, 40));
        g.translate(0, 5);
        g.fill(cross);
        g.translate(0, -5);
        g.setColor(Color.WHITE);
        g.fill(cross);

        if (size >= 48) {
            int[] xs = {60, 100, 112, 126, 140, 152, 196};
            int[] ys = {128, 128, 104, 156, 112, 128, 128};
            g.setColor(PULSE);
            g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawPolyline(xs, ys, xs.length);
            g.fill(new Ellipse2D.Double(190, 122, 12, 12));
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICONDIR, one ICONDIRENTRY per size, then the PNG data; all integers little-endian. */
    private static void writeIco(Path file, Map<Integer, byte[]> png, int... sizes)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeLe16(bytes, 0);
        writeLe16(bytes, 1);
        writeLe16(bytes, sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int size : sizes) {
            bytes.write(size >= 256 ? 0 : size);
            bytes.write(size >= 256 ? 0 : size);
            bytes.write(0);
            bytes.write(0);
            writeLe16(bytes, 1);
            writeLe16(bytes, 32);
            writeLe32(bytes, png.get(size).length);
            writeLe32(bytes, offset);
            offset += png.get(size).length;
        }
        for (int size : sizes) {
            bytes.write(png.get(size));
        }
        Files.write(file, bytes.toByteArray());
    }

    /** 'icns', total length, then one (type, length, PNG) element per size; big-endian. */
    private static void writeIcns(Path file, Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] image = png.get(type.getValue());
            data.writeBytes(type.getKey());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(whole);
        head.writeBytes("icns");
        head.writeInt(8 + body.size());
        body.writeTo(whole);
        Files.write(file, whole.toByteArray());
    }

    private static void writeLe16(OutputStream out, int value) throws IOException {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void writeLe32(OutputStream out, int value) throws IOException {
        writeLe16(out, value & 0xFFFF);
        writeLe16(out, (value >>> 16) & 0xFFFF);
    }
}
