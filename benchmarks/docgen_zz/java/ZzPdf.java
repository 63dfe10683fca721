// Family ZZ's e-licence PDFs written by iText 5 (one JVM per generate call). Reads pages as tab-separated
// op lines on stdin (DOC / FACE / TEXT / LINE / RECT / CIRCLE / POLY / POLYLINE / QR / END), the same
// ops the Rust drawer rasterises; TrueType CJK faces are embedded with BaseFont.IDENTITY_H from the files.
import com.itextpdf.text.Document;
import com.itextpdf.text.Rectangle;
import com.itextpdf.text.pdf.BaseFont;
import com.itextpdf.text.pdf.PdfContentByte;
import com.itextpdf.text.pdf.PdfGState;
import com.itextpdf.text.pdf.PdfWriter;
import com.itextpdf.text.BaseColor;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ZzPdf {
    static final float MM = 72f / 25.4f;
    static Map<String, BaseFont> cache = new HashMap<>();

    static BaseFont font(String p) throws Exception {
        BaseFont bf = cache.get(p);
        if (bf == null) {
            String spec = p.contains("#") ? p.replace('#', ',') : p;
            bf = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            cache.put(p, bf);
        }
        return bf;
    }

    static float f(String s) { return Float.parseFloat(s); }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        Document doc = null; PdfWriter writer = null; PdfContentByte cb = null; float H = 0; String out = null;
        List<String> faces = new ArrayList<>();
        while ((line = in.readLine()) != null) {
            String[] a = line.split("\t", -1);
            switch (a[0]) {
                case "DOC": {
                    out = a[1]; float w = f(a[2]) * MM; H = f(a[3]) * MM;
                    doc = new Document(new Rectangle(w, H), 0, 0, 0, 0);
                    writer = PdfWriter.getInstance(doc, new FileOutputStream(out));
                    writer.setCompressionLevel(9);
                    doc.addTitle(a[4]); doc.addCreator("ZZ e-licence");
                    doc.open(); cb = writer.getDirectContent(); faces.clear();
                    int bg = (int) f(a[5]);
                    if (bg != 0xffffff) { cb.setColorFill(new BaseColor(bg)); cb.rectangle(0, 0, w, H); cb.fill(); }
                    break;
                }
                case "FACE": faces.add(a[1]); break;
                case "TEXT": {
                    // x y s f r g b alpha ls rot sx mul text
                    cb.saveState();
                    gs(cb, f(a[8]), a[12].equals("1"));
                    cb.setColorFill(new BaseColor((int) f(a[5]), (int) f(a[6]), (int) f(a[7])));
                    cb.beginText();
                    BaseFont bf = font(faces.get((int) f(a[4])));
                    cb.setFontAndSize(bf, f(a[3]) * MM);
                    cb.setCharacterSpacing(f(a[9]) * MM);
                    cb.setHorizontalScaling(f(a[11]) * 100f);
                    double r = Math.toRadians(-f(a[10]));
                    float x = f(a[1]) * MM, y = H - f(a[2]) * MM;
                    cb.setTextMatrix((float) Math.cos(r), (float) Math.sin(r), (float) -Math.sin(r), (float) Math.cos(r), x, y);
                    cb.showText(a[13]);
                    cb.endText();
                    cb.restoreState();
                    break;
                }
                case "LINE": {
                    cb.saveState(); gs(cb, f(a[9]), false);
                    cb.setColorStroke(new BaseColor((int) f(a[6]), (int) f(a[7]), (int) f(a[8])));
                    cb.setLineWidth(f(a[5]) * MM);
                    cb.moveTo(f(a[1]) * MM, H - f(a[2]) * MM); cb.lineTo(f(a[3]) * MM, H - f(a[4]) * MM); cb.stroke();
                    cb.restoreState();
                    break;
                }
                case "RECT": {
                    cb.saveState(); gs(cb, f(a[10]), a[11].equals("1"));
                    BaseColor c = new BaseColor((int) f(a[7]), (int) f(a[8]), (int) f(a[9]));
                    cb.rectangle(f(a[1]) * MM, H - (f(a[2]) + f(a[4])) * MM, f(a[3]) * MM, f(a[4]) * MM);
                    if (a[6].equals("1")) { cb.setColorFill(c); cb.fill(); } else { cb.setColorStroke(c); cb.setLineWidth(f(a[5]) * MM); cb.stroke(); }
                    cb.restoreState();
                    break;
                }
                case "CIRCLE": {
                    cb.saveState(); gs(cb, f(a[9]), a[10].equals("1"));
                    BaseColor c = new BaseColor((int) f(a[6]), (int) f(a[7]), (int) f(a[8]));
                    cb.circle(f(a[1]) * MM, H - f(a[2]) * MM, f(a[3]) * MM);
                    if (a[5].equals("1")) { cb.setColorFill(c); cb.fill(); } else { cb.setColorStroke(c); cb.setLineWidth(f(a[4]) * MM); cb.stroke(); }
                    cb.restoreState();
                    break;
                }
                case "POLY": case "POLYLINE": {
                    // fill-or-lw r g b alpha mul x y x y ...
                    cb.saveState(); gs(cb, f(a[5]), a[6].equals("1"));
                    BaseColor c = new BaseColor((int) f(a[2]), (int) f(a[3]), (int) f(a[4]));
                    cb.moveTo(f(a[7]) * MM, H - f(a[8]) * MM);
                    for (int i = 9; i + 1 < a.length; i += 2) cb.lineTo(f(a[i]) * MM, H - f(a[i + 1]) * MM);
                    if (a[0].equals("POLY")) { cb.closePath(); cb.setColorFill(c); cb.fill(); }
                    else { cb.setColorStroke(c); cb.setLineWidth(f(a[1]) * MM); cb.setLineJoin(1); cb.setLineCap(1); cb.stroke(); }
                    cb.restoreState();
                    break;
                }
                case "QR": {
                    float x = f(a[1]), y = f(a[2]), m = f(a[3]); int n = Integer.parseInt(a[4]); String bits = a[5];
                    cb.saveState(); cb.setColorFill(BaseColor.BLACK);
                    for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) if (bits.charAt(j * n + i) == '1')
                        cb.rectangle((x + i * m) * MM, H - (y + (j + 1) * m) * MM, m * MM + 0.05f, m * MM + 0.05f);
                    cb.fill(); cb.restoreState();
                    break;
                }
                case "END": {
                    doc.close();
                    System.out.println("ok " + out);
                    System.out.flush();
                    break;
                }
                default: break;
            }
        }
    }

    static void gs(PdfContentByte cb, float alpha, boolean mul) {
        if (alpha >= 0.999f && !mul) return;
        PdfGState g = new PdfGState();
        g.setFillOpacity(alpha); g.setStrokeOpacity(alpha);
        if (mul) g.setBlendMode(PdfGState.BM_MULTIPLY);
        cb.setGState(g);
    }
}
