# Family ZT's page writer: reads one JSON document per line on stdin ({out, w, h, faces, ops}), lays each
# out with Prawn (TTF faces embedded by file, draw_text with character_spacing, seals with characters
# rotated on an arc, guilloche/emblem/QR as paths) and writes it to `out`; prints "ok <out>" per page.
# Coordinates arrive in points with the origin top-left; Prawn's origin is bottom-left.
require "json"
require "prawn"

# One parsed TTFunk::File per face file for the whole run (Prawn would re-read a 16 MB face for every
# document); subsets stay per document, so each PDF embeds only its own glyphs.
module ZtFaceCache
  FILES = {}
  def read_ttf_file
    FILES[@name] ||= TTFunk::File.open(@name)
  end
end
Prawn::Fonts::TTF.prepend(ZtFaceCache)

# TTFunk re-derives the OS/2 table's Unicode/code-page range bits by walking every range of a CJK face
# for each subset (0.6 s a face a document); the face's own OS/2 table is embedded unchanged instead
# (its bits then claim more ranges than the subset holds, which readers ignore).
module ZtRawOs2
  def os2_table
    @os2_table ||= TTFunk::Table::Simple.new(original, "OS/2").raw
  end
end
TTFunk::TTFEncoder.prepend(ZtRawOs2)

def draw_seal(pdf, o, h)
  cx, cy, r = o["cx"], h - o["cy"], o["r"]
  pdf.transparent(o["op"]) do
    pdf.rotate(o["rot"], origin: [cx, cy]) do
      pdf.stroke_color o["c"]
      pdf.fill_color o["c"]
      pdf.line_width = r * 0.06
      pdf.stroke_circle [cx, cy], r * 0.95
      # five-pointed star in the middle
      pts = (0...10).map do |i|
        a = Math::PI / 2 + i * Math::PI / 5
        rr = i.even? ? r * 0.28 : r * 0.11
        [cx + rr * Math.cos(a), cy + rr * Math.sin(a)]
      end
      pdf.fill_polygon(*pts)
      pdf.font o["f"]
      chars = o["str"].chars
      n = chars.size
      size = [r * 0.30, (r * 0.75 * Math::PI * 1.25) / [n, 1].max * 0.95].min
      span = [n * size * 1.08 / (r * 0.70), Math::PI * 1.35].min
      chars.each_with_index do |ch, i|
        a = Math::PI / 2 + span / 2 - (n == 1 ? 0 : span * i / (n - 1))
        x = cx + r * 0.70 * Math.cos(a)
        y = cy + r * 0.70 * Math.sin(a)
        w = pdf.width_of(ch, size: size)
        pdf.rotate((a - Math::PI / 2) * 180 / Math::PI, origin: [x, y]) do
          pdf.draw_text ch, at: [x - w / 2, y - size * 0.35], size: size
        end
      end
      unless o["bottom"].to_s.empty?
        bs = r * 0.2
        w = pdf.width_of(o["bottom"], size: bs)
        pdf.draw_text o["bottom"], at: [cx - w / 2, cy - r * 0.55], size: bs
      end
    end
  end
end

def draw(pdf, o, h)
  case o["t"]
  when "text"
    pdf.font o["f"]
    pdf.fill_color o["c"]
    x, y = o["x"], h - o["y"]
    body = lambda do
      pdf.character_spacing(o["cs"]) { pdf.draw_text o["str"], at: [x, y], size: o["s"] }
    end
    wrapped = o["rot"].to_f != 0 ? -> { pdf.rotate(o["rot"], origin: [x, y]) { body.call } } : body
    o["op"].to_f < 1 ? pdf.transparent(o["op"]) { wrapped.call } : wrapped.call
  when "line"
    x1, y1, x2, y2 = o["p"]
    pdf.stroke_color o["c"]; pdf.line_width = o["w"]
    pdf.stroke_line [x1, h - y1], [x2, h - y2]
  when "rect"
    x, y, w, hh = o["r"]
    blk = lambda do
      if o["fill"]
        pdf.fill_color o["fill"]; pdf.fill_rectangle [x, h - y], w, hh
      end
      if o["w"].to_f > 0
        pdf.stroke_color o["c"]; pdf.line_width = o["w"]; pdf.stroke_rectangle [x, h - y], w, hh
      end
    end
    o["op"].to_f < 1 ? pdf.transparent(o["op"]) { blk.call } : blk.call
  when "poly"
    pts = o["pts"].map { |a, b| [a, h - b] }
    blk = lambda do
      if o["fill"]
        pdf.fill_color o["fill"]; pdf.fill_polygon(*pts)
      elsif o["closed"]
        pdf.stroke_color o["c"]; pdf.line_width = o["w"]; pdf.stroke_polygon(*pts)
      else
        pdf.stroke_color o["c"]; pdf.line_width = o["w"]
        pdf.stroke { pdf.move_to pts[0]; pts[1..].each { |p| pdf.line_to p } }
      end
    end
    o["op"].to_f < 1 ? pdf.transparent(o["op"]) { blk.call } : blk.call
  when "circle"
    blk = lambda do
      if o["fill"]
        pdf.fill_color o["fill"]; pdf.fill_circle [o["cx"], h - o["cy"]], o["r"]
      end
      pdf.stroke_color o["c"]; pdf.line_width = o["w"]; pdf.stroke_circle [o["cx"], h - o["cy"]], o["r"]
    end
    o["op"].to_f < 1 ? pdf.transparent(o["op"]) { blk.call } : blk.call
  when "seal"
    draw_seal(pdf, o, h)
  when "qr"
    m = o["m"]; cell = o["size"].to_f / m.size
    pdf.fill_color "000000"
    m.each_with_index do |row, i|
      row.chars.each_with_index do |v, j|
        pdf.fill_rectangle [o["x"] + j * cell, h - o["y"] - i * cell], cell * 1.02, cell * 1.02 if v == "1"
      end
    end
  end
end

$stdout.sync = true
$stdin.each_line do |line|
  doc = JSON.parse(line)
  pdf = Prawn::Document.new(page_size: [doc["w"], doc["h"]], margin: 0, compress: true,
                            info: { Producer: "zongchuang docgen_zt (Prawn #{Prawn::VERSION})", CreationDate: Time.at(0) })
  doc["faces"].each { |k, path| pdf.font_families.update(k => { normal: path }) }
  doc["ops"].each { |o| draw(pdf, o, doc["h"]) }
  pdf.render_file doc["out"]
  puts "ok #{doc["out"]}"
end
