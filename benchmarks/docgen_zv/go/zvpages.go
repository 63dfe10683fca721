// zvpages: family ZV's page drawer and scan/copy/fax pipelines, one process per generate call.
// Reads JSON lines on stdin (faces, page, pdf, capture, quit), answers one JSON line per job.
// Pages are display lists in millimetres laid out by benchmarks/docgen_zv/layout.py; this program
// wraps the text (measured with the face it draws with), rasterises it with fogleman/gg (glyphs by
// golang/freetype), writes vector PDFs with gofpdf (UTF-8 TrueType faces embedded), and runs the
// capture pipelines (disintegration/imaging plus the kernels below).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"io/ioutil"
	"math"
	"math/rand"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/disintegration/imaging"
	"github.com/fogleman/gg"
	"github.com/golang/freetype/truetype"
	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/tiff"
)

type Item struct {
	T      string      `json:"t"`
	X      float64     `json:"x"`
	Y      float64     `json:"y"`
	W      float64     `json:"w"`
	H      float64     `json:"h"`
	X2     float64     `json:"x2"`
	Y2     float64     `json:"y2"`
	R      float64     `json:"r"`
	Size   float64     `json:"size"`
	Face   string      `json:"face"`
	S      string      `json:"s"`
	Color  []float64   `json:"color"`
	Fill   []float64   `json:"fill"`
	LW     float64     `json:"lw"`
	LH     float64     `json:"lh"`
	Key    string      `json:"key"`
	Anchor string      `json:"anchor"`
	Sp     float64     `json:"sp"`
	Rot    float64     `json:"rot"`
	Seed   int64       `json:"seed"`
	Pts    [][]float64 `json:"pts"`
	Jit    float64     `json:"jit"`
	Indent float64     `json:"indent"`
}

type Job struct {
	Op      string              `json:"op"`
	Out     string              `json:"out"`
	Src     string              `json:"src"`
	WMM     float64             `json:"w_mm"`
	HMM     float64             `json:"h_mm"`
	DPI     float64             `json:"dpi"`
	BG      []float64           `json:"bg"`
	Items   []Item              `json:"items"`
	Faces   map[string][]string `json:"faces"`
	Steps   []map[string]any    `json:"steps"`
	Seed    int64               `json:"seed"`
	Quality int                 `json:"quality"`
	Title   string              `json:"title"`
}

type Reply struct {
	OK    bool                  `json:"ok"`
	Err   string                `json:"err,omitempty"`
	Boxes map[string][]float64  `json:"boxes,omitempty"`
	Faces map[string]int        `json:"faces,omitempty"`
	Miss  int                   `json:"missing"`
	W     int                   `json:"w,omitempty"`
	H     int                   `json:"h,omitempty"`
}

var faceChains = map[string][]string{}
var fonts = map[string]*truetype.Font{}
var fontBytes = map[string][]byte{}

func loadFont(p string) *truetype.Font {
	if f, ok := fonts[p]; ok {
		return f
	}
	b, err := ioutil.ReadFile(p)
	if err != nil {
		panic(err)
	}
	f, err := truetype.Parse(b)
	if err != nil {
		panic(fmt.Sprintf("%s: %v", p, err))
	}
	fonts[p] = f
	fontBytes[p] = b
	return f
}

// pick: the first face of the chain whose cmap has r (golang/freetype's Index), "" when none has it.
func pick(chain string, r rune) string {
	for _, p := range faceChains[chain] {
		if loadFont(p).Index(r) != 0 {
			return p
		}
	}
	return ""
}

// canvas: what a page is drawn on, the raster (gg) or the PDF (gofpdf), in millimetres.
type canvas interface {
	advance(path string, r rune, size float64) float64
	glyph(path string, r rune, x, y, size, rot float64, col []float64)
	rect(x, y, w, h float64, stroke, fill []float64, lw float64)
	line(x1, y1, x2, y2 float64, col []float64, lw float64)
	circle(cx, cy, r float64, stroke, fill []float64, lw float64)
	poly(pts [][]float64, stroke, fill []float64, lw float64)
}

// ---------- raster ----------
type rasterCanvas struct {
	dc    *gg.Context
	k     float64 // px per mm
	faces map[string]font.Face
}

func (c *rasterCanvas) face(path string, size float64) font.Face {
	key := fmt.Sprintf("%s@%.3f", path, size)
	if f, ok := c.faces[key]; ok {
		return f
	}
	f := truetype.NewFace(loadFont(path), &truetype.Options{Size: size * c.k * 72 / 72, DPI: 72, Hinting: font.HintingNone})
	c.faces[key] = f
	return f
}

func (c *rasterCanvas) advance(path string, r rune, size float64) float64 {
	// measured on the face's unscaled metrics so raster and PDF wrap the same way
	f := loadFont(path)
	hm := f.HMetric(2048, f.Index(r))
	return float64(hm.AdvanceWidth) / 2048 * size
}

func col4(c []float64) color.NRGBA {
	if len(c) == 0 {
		return color.NRGBA{0, 0, 0, 255}
	}
	a := 1.0
	if len(c) > 3 {
		a = c[3]
	}
	return color.NRGBA{uint8(c[0]), uint8(c[1]), uint8(c[2]), uint8(a * 255)}
}

func (c *rasterCanvas) glyph(path string, r rune, x, y, size, rot float64, col []float64) {
	c.dc.Push()
	c.dc.SetFontFace(c.face(path, size))
	c.dc.SetColor(col4(col))
	if rot != 0 {
		c.dc.RotateAbout(gg.Radians(rot), x*c.k, y*c.k)
	}
	c.dc.DrawString(string(r), x*c.k, y*c.k)
	c.dc.Pop()
}

func (c *rasterCanvas) rect(x, y, w, h float64, stroke, fill []float64, lw float64) {
	c.dc.DrawRectangle(x*c.k, y*c.k, w*c.k, h*c.k)
	c.finish(stroke, fill, lw)
}

func (c *rasterCanvas) finish(stroke, fill []float64, lw float64) {
	if len(fill) > 0 {
		c.dc.SetColor(col4(fill))
		if len(stroke) > 0 {
			c.dc.FillPreserve()
		} else {
			c.dc.Fill()
		}
	}
	if len(stroke) > 0 {
		c.dc.SetColor(col4(stroke))
		c.dc.SetLineWidth(math.Max(lw*c.k, 0.6))
		c.dc.Stroke()
	}
	c.dc.ClearPath()
}

func (c *rasterCanvas) line(x1, y1, x2, y2 float64, col []float64, lw float64) {
	c.dc.DrawLine(x1*c.k, y1*c.k, x2*c.k, y2*c.k)
	c.finish(col, nil, lw)
}

func (c *rasterCanvas) circle(cx, cy, r float64, stroke, fill []float64, lw float64) {
	c.dc.DrawCircle(cx*c.k, cy*c.k, r*c.k)
	c.finish(stroke, fill, lw)
}

func (c *rasterCanvas) poly(pts [][]float64, stroke, fill []float64, lw float64) {
	for i, p := range pts {
		if i == 0 {
			c.dc.MoveTo(p[0]*c.k, p[1]*c.k)
		} else {
			c.dc.LineTo(p[0]*c.k, p[1]*c.k)
		}
	}
	c.dc.ClosePath()
	c.finish(stroke, fill, lw)
}

// ---------- layout only ----------
type nullCanvas struct{}

func (c *nullCanvas) advance(path string, r rune, size float64) float64 {
	f := loadFont(path)
	hm := f.HMetric(2048, f.Index(r))
	return float64(hm.AdvanceWidth) / 2048 * size
}
func (c *nullCanvas) glyph(path string, r rune, x, y, size, rot float64, col []float64)      {}
func (c *nullCanvas) rect(x, y, w, h float64, stroke, fill []float64, lw float64)           {}
func (c *nullCanvas) line(x1, y1, x2, y2 float64, col []float64, lw float64)               {}
func (c *nullCanvas) circle(cx, cy, r float64, stroke, fill []float64, lw float64)         {}
func (c *nullCanvas) poly(pts [][]float64, stroke, fill []float64, lw float64)             {}

// ---------- PDF ----------
type pdfCanvas struct {
	pdf   *gofpdf.Fpdf
	names map[string]string
}

func (c *pdfCanvas) fam(path string) string {
	if n, ok := c.names[path]; ok {
		return n
	}
	n := fmt.Sprintf("f%d", len(c.names))
	loadFont(path)
	c.pdf.AddUTF8FontFromBytes(n, "", fontBytes[path])
	c.names[path] = n
	return n
}

func (c *pdfCanvas) advance(path string, r rune, size float64) float64 {
	f := loadFont(path)
	hm := f.HMetric(2048, f.Index(r))
	return float64(hm.AdvanceWidth) / 2048 * size
}

func (c *pdfCanvas) setCol(col []float64, fill bool) {
	cc := col4(col)
	if fill {
		c.pdf.SetFillColor(int(cc.R), int(cc.G), int(cc.B))
	} else {
		c.pdf.SetDrawColor(int(cc.R), int(cc.G), int(cc.B))
	}
	c.pdf.SetTextColor(int(cc.R), int(cc.G), int(cc.B))
	c.pdf.SetAlpha(float64(cc.A)/255, "Normal")
}

func (c *pdfCanvas) glyph(path string, r rune, x, y, size, rot float64, col []float64) {
	c.pdf.SetFont(c.fam(path), "", size*72/25.4)
	c.setCol(col, false)
	if rot != 0 {
		c.pdf.TransformBegin()
		c.pdf.TransformRotate(-rot, x, y)
	}
	c.pdf.Text(x, y, string(r))
	if rot != 0 {
		c.pdf.TransformEnd()
	}
}

func style(stroke, fill []float64) string {
	s := ""
	if len(fill) > 0 {
		s += "F"
	}
	if len(stroke) > 0 {
		s = "D" + s
	}
	return s
}

func (c *pdfCanvas) prep(stroke, fill []float64, lw float64) {
	if len(fill) > 0 {
		c.setCol(fill, true)
	}
	if len(stroke) > 0 {
		c.setCol(stroke, false)
	}
	c.pdf.SetLineWidth(math.Max(lw, 0.1))
}

func (c *pdfCanvas) rect(x, y, w, h float64, stroke, fill []float64, lw float64) {
	c.prep(stroke, fill, lw)
	c.pdf.Rect(x, y, w, h, style(stroke, fill))
}

func (c *pdfCanvas) line(x1, y1, x2, y2 float64, col []float64, lw float64) {
	c.prep(col, nil, lw)
	c.pdf.Line(x1, y1, x2, y2)
}

func (c *pdfCanvas) circle(cx, cy, r float64, stroke, fill []float64, lw float64) {
	c.prep(stroke, fill, lw)
	c.pdf.Circle(cx, cy, r, style(stroke, fill))
}

func (c *pdfCanvas) poly(pts [][]float64, stroke, fill []float64, lw float64) {
	c.prep(stroke, fill, lw)
	pp := make([]gofpdf.PointType, len(pts))
	for i, p := range pts {
		pp[i] = gofpdf.PointType{X: p[0], Y: p[1]}
	}
	c.pdf.Polygon(pp, style(stroke, fill))
}

// ---------- text layout ----------
var noStart = "，。、；：）》」』！？%,.;:)"

type state struct {
	boxes map[string][]float64
	used  map[string]int
	miss  int
}

func (st *state) grow(key string, x0, y0, x1, y1 float64) {
	if key == "" {
		return
	}
	b, ok := st.boxes[key]
	if !ok {
		st.boxes[key] = []float64{x0, y0, x1, y1}
		return
	}
	b[0], b[1], b[2], b[3] = math.Min(b[0], x0), math.Min(b[1], y0), math.Max(b[2], x1), math.Max(b[3], y1)
}

func text(c canvas, st *state, it Item) {
	runes := []rune(it.S)
	paths := make([]string, len(runes))
	adv := make([]float64, len(runes))
	for i, r := range runes {
		p := pick(it.Face, r)
		if p == "" {
			if r != ' ' {
				st.miss++
			}
			p = faceChains[it.Face][0]
		}
		paths[i] = p
		adv[i] = c.advance(p, r, it.Size) + it.Sp
		st.used[p]++
	}
	// break into lines within it.W (CJK: any character; no line starts with closing punctuation)
	var lines [][2]int
	start, w := 0, it.Indent
	for i := range runes {
		if it.W > 0 && w+adv[i] > it.W+0.01 && i > start {
			j := i
			for j > start+1 && strings.ContainsRune(noStart, runes[j]) {
				j--
			}
			lines = append(lines, [2]int{start, j})
			start, w = j, 0
			for k := j; k < i; k++ {
				w += adv[k]
			}
		}
		w += adv[i]
	}
	lines = append(lines, [2]int{start, len(runes)})
	lh := it.LH
	if lh == 0 {
		lh = 1.35
	}
	rng := rand.New(rand.NewSource(it.Seed))
	for li, ln := range lines {
		lw := 0.0
		for k := ln[0]; k < ln[1]; k++ {
			lw += adv[k]
		}
		x := it.X
		if li == 0 {
			x += it.Indent
		}
		switch it.Anchor {
		case "c":
			x -= lw / 2
		case "r":
			x -= lw
		}
		yTop := it.Y + float64(li)*lh*it.Size
		base := yTop + 0.86*it.Size
		x0 := x
		for k := ln[0]; k < ln[1]; k++ {
			jx, jy, jr := 0.0, 0.0, 0.0
			if it.Jit > 0 { // handwriting: each character a little off
				jx, jy, jr = rng.NormFloat64()*it.Jit*0.08*it.Size, rng.NormFloat64()*it.Jit*0.1*it.Size, rng.NormFloat64()*it.Jit*6
			}
			c.glyph(paths[k], runes[k], x+jx, base+jy, it.Size, it.Rot+jr, it.Color)
			x += adv[k]
		}
		st.grow(it.Key, x0, yTop, x, yTop+it.Size*1.05)
	}
}

// arc text for seals: characters on the upper arc, rotated to the tangent
func arcText(c canvas, st *state, it Item) {
	runes := []rune(it.S)
	n := len(runes)
	span := math.Min(250, 22*float64(n)+20) * math.Pi / 180
	rr := it.R * 0.74
	// characters shrink to their share of the arc (a long authority name on a 38 mm seal)
	size := math.Min(it.Size, span*rr/float64(n)*0.92)
	it.Size = size
	rr = it.R*0.93 - it.R*0.06 - size*0.55
	for i, r := range runes {
		a := -math.Pi/2 - span/2 + span*(float64(i)+0.5)/float64(n)
		x := it.X + rr*math.Cos(a)
		y := it.Y + rr*math.Sin(a)
		p := pick(it.Face, r)
		if p == "" {
			st.miss++
			p = faceChains[it.Face][0]
		}
		st.used[p]++
		aw := c.advance(p, r, it.Size)
		deg := (a + math.Pi/2) * 180 / math.Pi
		// glyph origin moved back by half its advance along the tangent, down a little along the radius
		ox := x - math.Cos(a+math.Pi/2)*aw/2 - math.Cos(a)*it.Size*0.35
		oy := y - math.Sin(a+math.Pi/2)*aw/2 - math.Sin(a)*it.Size*0.35
		c.glyph(p, r, ox, oy, it.Size, deg, it.Color)
	}
}

func star(cx, cy, r float64, rot float64) [][]float64 {
	var pts [][]float64
	for i := 0; i < 10; i++ {
		rad := r
		if i%2 == 1 {
			rad = r * 0.382
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5 + rot
		pts = append(pts, []float64{cx + rad*math.Cos(a), cy + rad*math.Sin(a)})
	}
	return pts
}

func drawItems(c canvas, st *state, items []Item) {
	for _, it := range items {
		switch it.T {
		case "text":
			text(c, st, it)
		case "rect":
			c.rect(it.X, it.Y, it.W, it.H, it.Color, it.Fill, it.LW)
		case "line":
			c.line(it.X, it.Y, it.X2, it.Y2, it.Color, it.LW)
		case "circle":
			c.circle(it.X, it.Y, it.R, it.Color, it.Fill, it.LW)
		case "poly":
			c.poly(it.Pts, it.Color, it.Fill, it.LW)
		case "star":
			c.poly(star(it.X, it.Y, it.R, it.Rot*math.Pi/180), nil, it.Color, 0)
		case "seal": // round seal: double ring, star, name on the arc, 专用章 line below
			c.circle(it.X, it.Y, it.R, it.Color, nil, it.R*0.045)
			c.circle(it.X, it.Y, it.R*0.93, it.Color, nil, it.R*0.012)
			c.poly(star(it.X, it.Y, it.R*0.26, 0), nil, it.Color, 0)
			arcText(c, st, it)
		case "arc":
			arcText(c, st, it)
		case "qr": // a 25-module code: three finder patterns and seeded modules
			rng := rand.New(rand.NewSource(it.Seed))
			n := 25
			m := it.W / float64(n)
			c.rect(it.X-m, it.Y-m, it.W+2*m, it.W+2*m, nil, []float64{255, 255, 255}, 0)
			fin := func(i, j int) bool {
				for _, o := range [][2]int{{0, 0}, {n - 7, 0}, {0, n - 7}} {
					if i >= o[0] && i < o[0]+7 && j >= o[1] && j < o[1]+7 {
						a, b := i-o[0], j-o[1]
						return a == 0 || a == 6 || b == 0 || b == 6 || (a >= 2 && a <= 4 && b >= 2 && b <= 4)
					}
					if i >= o[0]-1 && i <= o[0]+7 && j >= o[1]-1 && j <= o[1]+7 {
						return false
					}
				}
				return rng.Intn(2) == 1
			}
			for j := 0; j < n; j++ {
				for i := 0; i < n; i++ {
					if fin(i, j) {
						c.rect(it.X+float64(i)*m, it.Y+float64(j)*m, m*1.02, m*1.02, nil, []float64{0, 0, 0}, 0)
					}
				}
			}
		case "guilloche": // interlaced sine bands
			rng := rand.New(rand.NewSource(it.Seed))
			for k := 0; k < 9; k++ {
				ph, fr := rng.Float64()*6.28, 2+rng.Float64()*5
				var pts [][]float64
				steps := 120
				for s := 0; s <= steps; s++ {
					x := it.X + it.W*float64(s)/float64(steps)
					y := it.Y + it.H*(0.5+0.42*math.Sin(fr*6.28*float64(s)/float64(steps)+ph)*math.Cos(float64(k)*0.3))
					pts = append(pts, []float64{x, y})
				}
				for s := 1; s < len(pts); s++ {
					c.line(pts[s-1][0], pts[s-1][1], pts[s][0], pts[s][1], it.Color, it.LW)
				}
			}
		}
	}
}

// ---------- capture kernels ----------
func toGray(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(g, g.Bounds(), img, b.Min, draw.Src)
	return g
}

func f(m map[string]any, k string, d float64) float64 {
	if v, ok := m[k]; ok {
		return v.(float64)
	}
	return d
}

func mapPix(img *image.NRGBA, fn func(x, y int, v [3]float64) [3]float64) {
	b := img.Bounds()
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			i := img.PixOffset(x, y)
			v := fn(x, y, [3]float64{float64(img.Pix[i]), float64(img.Pix[i+1]), float64(img.Pix[i+2])})
			for k := 0; k < 3; k++ {
				img.Pix[i+k] = uint8(math.Max(0, math.Min(255, v[k])))
			}
			img.Pix[i+3] = 255
		}
	}
}

func lum(v [3]float64) float64 { return 0.299*v[0] + 0.587*v[1] + 0.114*v[2] }

var bayer = [4][4]float64{{0, 8, 2, 10}, {12, 4, 14, 6}, {3, 11, 1, 9}, {15, 7, 13, 5}}

func runSteps(img *image.NRGBA, steps []map[string]any, seed int64, job Job) (*image.NRGBA, error) {
	rng := rand.New(rand.NewSource(seed))
	for _, s := range steps {
		k := s["k"].(string)
		switch k {
		case "gray":
			mapPix(img, func(x, y int, v [3]float64) [3]float64 { l := lum(v); return [3]float64{l, l, l} })
		case "tint": // paper / toner colour: multiply
			r, g, b := f(s, "r", 1), f(s, "g", 1), f(s, "b", 1)
			mapPix(img, func(x, y int, v [3]float64) [3]float64 { return [3]float64{v[0] * r, v[1] * g, v[2] * b} })
		case "levels": // black point, white point, gamma
			lo, hi, gm := f(s, "lo", 0), f(s, "hi", 255), f(s, "gamma", 1)
			mapPix(img, func(x, y int, v [3]float64) [3]float64 {
				for c := 0; c < 3; c++ {
					t := math.Max(0, math.Min(1, (v[c]-lo)/(hi-lo)))
					v[c] = 255 * math.Pow(t, gm)
				}
				return v
			})
		case "toner": // a copier's S-curve: light greys drop out, darks fill in, plus speckles and drum streaks
			cut, spk := f(s, "cut", 0.5), f(s, "speckle", 0.0005)
			streaks := map[int]float64{}
			for i := 0; i < int(f(s, "streaks", 2)); i++ {
				streaks[rng.Intn(img.Bounds().Dx())] = 40 + rng.Float64()*80
			}
			mapPix(img, func(x, y int, v [3]float64) [3]float64 {
				l := lum(v) / 255
				t := 1 / (1 + math.Exp(-(l-cut)*f(s, "slope", 9)))
				o := 255 * t
				if rng.Float64() < spk {
					o = 30
				}
				if d, ok := streaks[x]; ok {
					o -= d
				}
				return [3]float64{o, o, o}
			})
		case "noise":
			a := f(s, "amp", 6)
			mono := f(s, "mono", 1) > 0
			mapPix(img, func(x, y int, v [3]float64) [3]float64 {
				n := rng.NormFloat64() * a
				for c := 0; c < 3; c++ {
					if !mono && c > 0 {
						n = rng.NormFloat64() * a
					}
					v[c] += n
				}
				return v
			})
		case "blur":
			img = imaging.Blur(img, f(s, "sigma", 1))
		case "sharpen":
			img = imaging.Sharpen(img, f(s, "sigma", 1))
		case "rotate":
			bg := color.NRGBA{uint8(f(s, "bg", 255)), uint8(f(s, "bg", 255)), uint8(f(s, "bg", 255)), 255}
			img = imaging.Rotate(img, f(s, "deg", 0), bg)
		case "scale":
			sx, sy := f(s, "sx", 1), f(s, "sy", f(s, "sx", 1))
			fl := imaging.Lanczos
			if f(s, "nearest", 0) > 0 {
				fl = imaging.NearestNeighbor
			} else if f(s, "box", 0) > 0 {
				fl = imaging.Box
			}
			b := img.Bounds()
			img = imaging.Resize(img, int(float64(b.Dx())*sx+0.5), int(float64(b.Dy())*sy+0.5), fl)
		case "fit": // longest side at most px (chat apps)
			mx := int(f(s, "px", 1280))
			b := img.Bounds()
			if b.Dx() > mx || b.Dy() > mx {
				img = imaging.Fit(img, mx, mx, imaging.Linear)
			}
		case "threshold": // G3-like: global threshold or ordered dither
			t := f(s, "t", 150)
			dither := f(s, "dither", 0) > 0
			mapPix(img, func(x, y int, v [3]float64) [3]float64 {
				l := lum(v)
				tt := t
				if dither {
					tt = t + (bayer[y%4][x%4]/16-0.5)*f(s, "spread", 90)
				}
				if l < tt {
					return [3]float64{0, 0, 0}
				}
				return [3]float64{255, 255, 255}
			})
		case "dropout": // fax line errors: a few rows repeated or blanked
			b := img.Bounds()
			for i := 0; i < int(f(s, "n", 3)); i++ {
				y := rng.Intn(b.Dy()-2) + 1
				for x := 0; x < b.Dx(); x++ {
					copy(img.Pix[img.PixOffset(x, y):img.PixOffset(x, y)+4], img.Pix[img.PixOffset(x, y-1):img.PixOffset(x, y-1)+4])
				}
			}
		case "pad": // a scanner bed / copier lid border
			p := int(f(s, "px", 20))
			v := uint8(f(s, "v", 40))
			b := img.Bounds()
			dst := imaging.New(b.Dx()+2*p, b.Dy()+2*p, color.NRGBA{v, v, v, 255})
			img = imaging.Paste(dst, img, image.Pt(p, p))
		case "edge": // dark gradient at one edge (lid not closed, book spine)
			w := f(s, "w", 0.05)
			side := int(f(s, "side", 0))
			b := img.Bounds()
			mapPix(img, func(x, y int, v [3]float64) [3]float64 {
				var d float64
				switch side {
				case 0:
					d = float64(x) / float64(b.Dx())
				case 1:
					d = 1 - float64(x)/float64(b.Dx())
				case 2:
					d = float64(y) / float64(b.Dy())
				default:
					d = 1 - float64(y)/float64(b.Dy())
				}
				if d < w {
					t := 1 - d/w
					for c := 0; c < 3; c++ {
						v[c] *= 1 - 0.8*t*t
					}
				}
				return v
			})
		case "vignette":
			a := f(s, "amp", 0.35)
			b := img.Bounds()
			cx, cy := float64(b.Dx())/2, float64(b.Dy())/2
			rr := cx*cx + cy*cy
			mapPix(img, func(x, y int, v [3]float64) [3]float64 {
				d := ((float64(x)-cx)*(float64(x)-cx) + (float64(y)-cy)*(float64(y)-cy)) / rr
				g := 1 - a*d*d*1.5
				return [3]float64{v[0] * g, v[1] * g, v[2] * g}
			})
		case "moire": // interference of a screen's pixel grid with the sensor's
			fx, fy, a := f(s, "fx", 0.37), f(s, "fy", 0.11), f(s, "amp", 0.08)
			mapPix(img, func(x, y int, v [3]float64) [3]float64 {
				m := 1 - a*(0.5+0.5*math.Sin(float64(x)*fx+float64(y)*fy))
				return [3]float64{v[0] * m, v[1] * (1 - a*(0.5+0.5*math.Sin(float64(x)*fx*1.02+float64(y)*fy+2))), v[2] * m}
			})
		case "flatten": // a scanner app's "enhance": divide by the blurred background, then stretch
			bg := imaging.Blur(img, f(s, "sigma", 25))
			gain := f(s, "gain", 1.1)
			for i := 0; i < len(img.Pix); i += 4 {
				for c := 0; c < 3; c++ {
					v := float64(img.Pix[i+c]) / math.Max(float64(bg.Pix[i+c]), 40) * 255 * gain
					img.Pix[i+c] = uint8(math.Max(0, math.Min(255, v)))
				}
			}
		case "jpeg": // recompression in memory
			var buf bytes.Buffer
			if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: int(f(s, "q", 75))}); err != nil {
				return nil, err
			}
			d, err := jpeg.Decode(&buf)
			if err != nil {
				return nil, err
			}
			img = imaging.Clone(d)
		case "overlay": // marks written on the copy after it was made (notes, seals, signatures)
			b := img.Bounds()
			dc := gg.NewContextForImage(img)
			k := f(s, "kpx", 1)
			c := &rasterCanvas{dc: dc, k: k, faces: map[string]font.Face{}}
			st := &state{boxes: map[string][]float64{}, used: map[string]int{}}
			drawItems(c, st, job.Items)
			_ = b
			img = imaging.Clone(dc.Image())
		case "chatframe": // the forwarded picture as it sits in a chat window screenshot
			b := img.Bounds()
			W := int(f(s, "w", 1080))
			sc := float64(W) * 0.62 / float64(b.Dx())
			small := imaging.Resize(img, int(float64(b.Dx())*sc), int(float64(b.Dy())*sc), imaging.Linear)
			H := small.Bounds().Dy() + 520
			dst := imaging.New(W, H, color.NRGBA{237, 237, 237, 255})
			top := imaging.New(W, 160, color.NRGBA{246, 246, 246, 255})
			dst = imaging.Paste(dst, top, image.Pt(0, 0))
			av := imaging.New(90, 90, color.NRGBA{uint8(80 + rng.Intn(120)), uint8(90 + rng.Intn(100)), 160, 255})
			dst = imaging.Paste(dst, av, image.Pt(30, 230))
			dst = imaging.Paste(dst, small, image.Pt(140, 230))
			bottom := imaging.New(W, 140, color.NRGBA{247, 247, 247, 255})
			img = imaging.Paste(dst, bottom, image.Pt(0, H-140))
		}
	}
	return img, nil
}

func save(img image.Image, out string, q int) error {
	switch {
	case strings.HasSuffix(out, ".jpg"):
		return imaging.Save(img, out, imaging.JPEGQuality(q))
	case strings.HasSuffix(out, ".tif"):
		fh, err := os.Create(out)
		if err != nil {
			return err
		}
		defer fh.Close()
		return tiff.Encode(fh, toGray(img), &tiff.Options{Compression: tiff.Deflate})
	case strings.HasSuffix(out, ".pdf"): // scanner-app output: the processed page as a JPEG inside a PDF
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: q}); err != nil {
			return err
		}
		b := img.Bounds()
		wmm, hmm := 210.0, 210.0*float64(b.Dy())/float64(b.Dx())
		pdf := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm", Size: gofpdf.SizeType{Wd: wmm, Ht: hmm}})
		pdf.SetCreationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetCatalogSort(true)
		pdf.SetAutoPageBreak(false, 0)
		pdf.AddPage()
		pdf.RegisterImageOptionsReader("scan", gofpdf.ImageOptions{ImageType: "JPG"}, &buf)
		pdf.ImageOptions("scan", 0, 0, wmm, hmm, false, gofpdf.ImageOptions{ImageType: "JPG"}, 0, "")
		return pdf.OutputFileAndClose(out)
	default:
		lvl := png.BestSpeed
		if q < 0 { // an intermediate the next stage reads at once
			lvl = png.NoCompression
		}
		return imaging.Save(img, out, imaging.PNGCompressionLevel(lvl))
	}
}

func do(job Job) (r Reply) {
	defer func() {
		if e := recover(); e != nil {
			r = Reply{OK: false, Err: fmt.Sprint(e)}
		}
	}()
	st := &state{boxes: map[string][]float64{}, used: map[string]int{}}
	switch job.Op {
	case "faces":
		faceChains = job.Faces
		for _, ch := range job.Faces {
			for _, p := range ch {
				loadFont(p)
			}
		}
	case "layout":
		drawItems(&nullCanvas{}, st, job.Items)
	case "page":
		k := job.DPI / 25.4
		W, H := int(job.WMM*k+0.5), int(job.HMM*k+0.5)
		dc := gg.NewContext(W, H)
		bg := job.BG
		if len(bg) == 0 {
			bg = []float64{255, 255, 255}
		}
		dc.SetColor(col4(bg))
		dc.Clear()
		c := &rasterCanvas{dc: dc, k: k, faces: map[string]font.Face{}}
		drawItems(c, st, job.Items)
		if err := save(dc.Image(), job.Out, job.Quality); err != nil {
			return Reply{Err: err.Error()}
		}
		r.W, r.H = W, H
	case "pdf":
		pdf := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm", Size: gofpdf.SizeType{Wd: job.WMM, Ht: job.HMM}})
		pdf.SetCreationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetCatalogSort(true)
		pdf.SetAutoPageBreak(false, 0)
		pdf.SetTitle(job.Title, true)
		pdf.SetCreator("zvpages", false)
		pdf.AddPage()
		if len(job.BG) > 0 {
			pdf.SetFillColor(int(job.BG[0]), int(job.BG[1]), int(job.BG[2]))
			pdf.Rect(0, 0, job.WMM, job.HMM, "F")
		}
		c := &pdfCanvas{pdf: pdf, names: map[string]string{}}
		drawItems(c, st, job.Items)
		if err := pdf.OutputFileAndClose(job.Out); err != nil {
			return Reply{Err: err.Error()}
		}
	case "capture":
		src, err := imaging.Open(job.Src)
		if err != nil {
			return Reply{Err: err.Error()}
		}
		img, err := runSteps(imaging.Clone(src), job.Steps, job.Seed, job)
		if err != nil {
			return Reply{Err: err.Error()}
		}
		if err := save(img, job.Out, job.Quality); err != nil {
			return Reply{Err: err.Error()}
		}
		r.W, r.H = img.Bounds().Dx(), img.Bounds().Dy()
	default:
		return Reply{Err: "unknown op " + job.Op}
	}
	r.OK, r.Boxes, r.Miss = true, st.boxes, st.miss
	r.Faces = st.used
	return r
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	for {
		line, err := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var job Job
			if e := json.Unmarshal(line, &job); e != nil {
				enc.Encode(Reply{Err: e.Error()})
			} else if job.Op == "quit" {
				out.Flush()
				return
			} else {
				enc.Encode(do(job))
			}
			out.Flush()
		}
		if err != nil {
			return
		}
	}
}

var _ = sort.Strings
