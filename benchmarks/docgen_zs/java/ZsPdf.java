// Family ZS's page writer: one JVM per generate call. Reads tab-separated commands on stdin (UTF-8),
// writes each document's page with PDFBox's PDPageContentStream (TrueType faces loaded by file and
// embedded as Type0 subsets), renders it with PDFRenderer.renderImageWithDPI and answers one line per
// document on stdout: "OK <field boxes>" (name x0 y0 x1 y1 in PDF points, one box per drawn line).
import java.awt.image.BufferedImage;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

public class ZsPdf {
    static Map<String, TrueTypeFont> ttfs = new HashMap<>();
    static Map<String, PDFont> docFonts = new HashMap<>();
    static PDDocument doc;
    static PDPageContentStream cs;
    static String field = null;
    static double[] box = null;
    static StringBuilder boxes = new StringBuilder();
    static final String NO_START = "，。、；：？！）》」』〕】…,.;:!?)%·";
    static final String NO_END = "（《「『〔【(";

    static PDFont font(String key) throws IOException {
        PDFont f = docFonts.get(key);
        if (f == null) {
            TrueTypeFont t = ttfs.get(key);
            if (t == null) throw new IOException("face not loaded: " + key);
            f = PDType0Font.load(doc, t, true);
            docFonts.put(key, f);
        }
        return f;
    }

    static double width(PDFont f, double size, String s) throws IOException {
        return f.getStringWidth(s) / 1000.0 * size;
    }

    static void grow(double x, double y) {
        if (field == null) return;
        if (box == null) box = new double[]{x, y, x, y};
        box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
    }

    static void flushBox() {
        if (field != null && box != null) {
            boxes.append(String.format(Locale.ROOT, "%s %.2f %.2f %.2f %.2f;", field, box[0], box[1], box[2], box[3]));
        }
        box = null;
    }

    // one run at (x, y) rotated by deg; the ink box (descent .. ascent) grows the open field's box
    static double text(String key, double size, double x, double y, double deg, String s) throws IOException {
        PDFont f = font(key);
        double w = width(f, size, s);
        double a = Math.toRadians(deg);
        cs.beginText();
        cs.setFont(f, (float) size);
        cs.setTextMatrix(Matrix.getRotateInstance(a, (float) x, (float) y));
        cs.showText(s);
        cs.endText();
        double c = Math.cos(a), sn = Math.sin(a);
        double[][] pts = {{0, -0.18 * size}, {w, -0.18 * size}, {0, 0.88 * size}, {w, 0.88 * size}};
        for (double[] p : pts) grow(x + p[0] * c - p[1] * sn, y + p[0] * sn + p[1] * c);
        return w;
    }

    // the CJK line breaker: characters (Latin/digit runs kept whole) added while they fit; a line may
    // not start with closing punctuation (the previous character moves down with it) nor end with an
    // opening bracket
    static List<String> wrap(PDFont f, double size, double width, String s) throws IOException {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i + 1;
            if (isWordChar(s.charAt(i))) while (j < s.length() && isWordChar(s.charAt(j))) j++;
            tokens.add(s.substring(i, j));
            i = j;
        }
        List<String> lines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        double w = 0;
        for (String t : tokens) {
            double tw = width(f, size, t);
            if (w + tw > width && !cur.isEmpty()) {
                List<String> carry = new ArrayList<>();
                if (NO_START.indexOf(t.charAt(0)) >= 0 && cur.size() > 1) {
                    carry.add(0, cur.remove(cur.size() - 1));
                }
                while (cur.size() > 1 && NO_END.indexOf(cur.get(cur.size() - 1).charAt(0)) >= 0) {
                    carry.add(0, cur.remove(cur.size() - 1));
                }
                lines.add(String.join("", cur));
                cur = carry;
                w = 0;
                for (String c : cur) w += width(f, size, c);
            }
            cur.add(t);
            w += tw;
        }
        if (!cur.isEmpty()) lines.add(String.join("", cur));
        return lines;
    }

    static boolean isWordChar(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || c == '.' && false;
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        String line;
        PDPage page = null;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) continue;
            String[] a = line.split("\t", -1);
            String op = a[0];
            try {
                switch (op) {
                    case "FONT": {  // key path [postscript name inside a collection]
                        if (a[2].endsWith(".ttc")) {
                            TrueTypeCollection col = new TrueTypeCollection(new File(a[2]));
                            TrueTypeFont t = col.getFontByName(a[3]);
                            if (t == null) throw new IOException("no " + a[3] + " in " + a[2]);
                            ttfs.put(a[1], t);
                        } else {
                            ttfs.put(a[1], new TTFParser().parse(new File(a[2])));
                        }
                        break;
                    }
                    case "DOC":
                        doc = new PDDocument();
                        docFonts.clear();
                        boxes.setLength(0);
                        break;
                    case "PAGE": {
                        page = new PDPage(new PDRectangle(Float.parseFloat(a[1]), Float.parseFloat(a[2])));
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        break;
                    }
                    case "RGB":
                        cs.setNonStrokingColor(Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]));
                        cs.setStrokingColor(Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]));
                        break;
                    case "ALPHA": {
                        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                        gs.setNonStrokingAlphaConstant(Float.parseFloat(a[1]));
                        gs.setStrokingAlphaConstant(Float.parseFloat(a[1]));
                        cs.setGraphicsStateParameters(gs);
                        break;
                    }
                    case "FIELD":
                        flushBox();
                        field = a[1];
                        break;
                    case "ENDF":
                        flushBox();
                        field = null;
                        break;
                    case "TEXT":  // key size x y deg text
                        text(a[1], d(a[2]), d(a[3]), d(a[4]), d(a[5]), a[6]);
                        break;
                    case "CTEXT": {  // key size cx y text  (centred)
                        double w = width(font(a[1]), d(a[2]), a[5]);
                        text(a[1], d(a[2]), d(a[3]) - w / 2, d(a[4]), 0, a[5]);
                        break;
                    }
                    case "RTEXT": {  // key size right y text
                        double w = width(font(a[1]), d(a[2]), a[5]);
                        text(a[1], d(a[2]), d(a[3]) - w, d(a[4]), 0, a[5]);
                        break;
                    }
                    case "SPREAD": {  // key size x y width text: characters spread over width (名　　称)
                        PDFont f = font(a[1]);
                        double size = d(a[2]), x = d(a[3]), y = d(a[4]), wd = d(a[5]);
                        String s = a[6];
                        int n = s.codePointCount(0, s.length());
                        double total = width(f, size, s);
                        double gap = n > 1 ? (wd - total) / (n - 1) : 0;
                        int off = 0;
                        while (off < s.length()) {
                            int cp = s.codePointAt(off);
                            String ch = new String(Character.toChars(cp));
                            x += text(a[1], size, x, y, 0, ch) + gap;
                            off += Character.charCount(cp);
                        }
                        break;
                    }
                    case "WRAP": {  // key size x y width leading maxlines text -> one box per line
                        PDFont f = font(a[1]);
                        double size = d(a[2]), x = d(a[3]), y = d(a[4]), wd = d(a[5]), lead = d(a[6]);
                        int max = Integer.parseInt(a[7]);
                        List<String> ls = wrap(f, size, wd, a[8]);
                        if (ls.size() > max) throw new IOException("WRAP overflow: " + ls.size() + " > " + max + " lines");
                        for (String l : ls) {
                            text(a[1], size, x, y, 0, l);
                            flushBox();
                            y -= lead;
                        }
                        break;
                    }
                    case "LW":
                        cs.setLineWidth(Float.parseFloat(a[1]));
                        break;
                    case "LINE":
                        cs.moveTo(f(a[1]), f(a[2]));
                        cs.lineTo(f(a[3]), f(a[4]));
                        cs.stroke();
                        break;
                    case "RECT":  // x y w h mode
                        cs.addRect(f(a[1]), f(a[2]), f(a[3]), f(a[4]));
                        paint(a[5]);
                        break;
                    case "POLY": {  // mode x1 y1 x2 y2 ... (mode: s stroke, f fill, c closed stroke)
                        cs.moveTo(f(a[2]), f(a[3]));
                        for (int k = 4; k + 1 < a.length; k += 2) cs.lineTo(f(a[k]), f(a[k + 1]));
                        if (!a[1].equals("s")) cs.closePath();
                        paint(a[1].equals("c") ? "s" : a[1]);
                        break;
                    }
                    case "IMG": {  // path x y w h
                        PDImageXObject im = PDImageXObject.createFromFile(a[1], doc);
                        cs.drawImage(im, f(a[2]), f(a[3]), f(a[4]), f(a[5]));
                        break;
                    }
                    case "END": {  // pdf-path|-  dpi  png-path|-
                        flushBox();
                        field = null;
                        cs.close();
                        if (!a[1].equals("-")) doc.save(a[1]);
                        if (!a[3].equals("-")) {
                            PDFRenderer r = new PDFRenderer(doc);
                            BufferedImage img = r.renderImageWithDPI(0, Float.parseFloat(a[2]), ImageType.RGB);
                            ImageIO.write(img, a[3].endsWith(".bmp") ? "bmp" : "png", new File(a[3]));
                        }
                        doc.close();
                        out.println("OK\t" + boxes);
                        break;
                    }
                    case "QUIT":
                        return;
                    default:
                        throw new IOException("unknown op " + op);
                }
            } catch (Exception e) {
                out.println("ERR\t" + op + ": " + e.toString().replace('\n', ' '));
                // skip to the end of this document
                if (!op.equals("END")) {
                    while ((line = in.readLine()) != null && !line.startsWith("END\t")) { }
                }
                try { if (doc != null) doc.close(); } catch (Exception ignored) { }
                field = null;
                box = null;
            }
        }
    }

    static void paint(String mode) throws IOException {
        if (mode.equals("f")) cs.fill();
        else if (mode.equals("fs")) cs.fillAndStroke();
        else cs.stroke();
    }

    static double d(String s) { return Double.parseDouble(s); }
    static float f(String s) { return Float.parseFloat(s); }
}
