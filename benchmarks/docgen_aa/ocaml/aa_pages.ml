(* Family AA page writer: reads documents as tab-separated drawing commands on stdin, draws each
   into a camlimages Rgb24 image (glyphs rendered by camlimages' FreeType interface, everything else
   by our own scanline polygon filler) or writes it as a hand-made PDF (Type0/CIDFontType2 fonts with
   the whole TrueType file as FontFile2, Identity-H glyph ids, ToUnicode CMap).  Line breaking, fitting
   and letter spacing are done here.  After each END it prints the ink boxes of keyed text runs and
   "DONE".  Deterministic: no clock, no Random without a seed from the command. *)

let lib = Freetype.init ()

(* ---------- fonts ---------- *)
type font = { path : string; face : Freetype.face; mutable cur : int;
              adv : (int * int, float) Hashtbl.t }
let fonts : (string, font) Hashtbl.t = Hashtbl.create 8

let get_font fid = Hashtbl.find fonts fid
let ident = { Freetype.ft_xx = 1.; ft_xy = 0.; ft_yx = 0.; ft_yy = 1. }
let zero = { Freetype.ft_x = 0.; ft_y = 0. }

let set_size f px =
  if f.cur <> px then begin Freetype.set_pixel_sizes f.face px px; f.cur <- px end

let has_glyph f code = Freetype.int_of_char_index (Freetype.get_char_index f.face code) <> 0

let advance f px code =
  match Hashtbl.find_opt f.adv (px, code) with
  | Some a -> a
  | None ->
    set_size f px;
    Freetype.set_transform f.face ident zero;
    let ax, _ = Freetype.load_char f.face code [] in
    Hashtbl.add f.adv (px, code) ax; ax

(* ---------- utf8 ---------- *)
let utf8_decode s =
  let n = String.length s in
  let out = ref [] and i = ref 0 in
  while !i < n do
    let c = Char.code s.[!i] in
    let cp, l =
      if c < 0x80 then c, 1
      else if c < 0xE0 then ((c land 0x1F) lsl 6) lor (Char.code s.[!i + 1] land 0x3F), 2
      else if c < 0xF0 then
        ((c land 0x0F) lsl 12) lor ((Char.code s.[!i + 1] land 0x3F) lsl 6) lor (Char.code s.[!i + 2] land 0x3F), 3
      else
        ((c land 0x07) lsl 18) lor ((Char.code s.[!i + 1] land 0x3F) lsl 12)
        lor ((Char.code s.[!i + 2] land 0x3F) lsl 6) lor (Char.code s.[!i + 3] land 0x3F), 4
    in
    out := cp :: !out; i := !i + l
  done;
  Array.of_list (List.rev !out)

(* ---------- canvas backends ---------- *)
type col = { r : float; g : float; b : float; a : float }

type backend = {
  fill : (float * float) list list -> col -> bool -> unit;   (* contours, colour, multiply? *)
  glyph : font -> fallback:font option -> int -> float -> float -> float -> col -> bool -> int -> unit;
  (* font px x y angle colour multiply codepoint *)
}

(* raster *)
let img = ref (Rgb24.create 1 1)
let iw = ref 1 and ih = ref 1

let blend x y cv (c : col) mult =
  if x >= 0 && y >= 0 && x < !iw && y < !ih && cv > 0. then begin
    let p = Rgb24.unsafe_get !img x y in
    let a = cv *. c.a in
    let mix old v =
      let o = float old in
      let t = if mult then o *. (v /. 255.) else v in
      int_of_float (o +. (t -. o) *. a +. 0.5) in
    Rgb24.unsafe_set !img x y { Color.r = mix p.Color.r c.r; g = mix p.Color.g c.g; b = mix p.Color.b c.b }
  end

(* even-odd scanline fill with 4 vertical sub-samples and exact-ish horizontal coverage *)
let raster_fill contours c mult =
  let edges = List.concat_map (fun pts ->
      match pts with
      | [] -> []
      | first :: _ ->
        let rec go acc = function
          | (x1, y1) :: ((x2, y2) :: _ as rest) -> go ((x1, y1, x2, y2) :: acc) rest
          | [ (x1, y1) ] -> let x2, y2 = first in (x1, y1, x2, y2) :: acc
          | [] -> acc in
        go [] pts) contours in
  if edges <> [] then begin
    let ymin = List.fold_left (fun m (_, a, _, b) -> min m (min a b)) infinity edges in
    let ymax = List.fold_left (fun m (_, a, _, b) -> max m (max a b)) neg_infinity edges in
    let y0 = max 0 (int_of_float (floor ymin)) and y1 = min (!ih - 1) (int_of_float (ceil ymax)) in
    let sub = 4 in
    let cov = Array.make (!iw + 2) 0. in
    for y = y0 to y1 do
      let touched_lo = ref max_int and touched_hi = ref (-1) in
      for s = 0 to sub - 1 do
        let sy = float y +. (float s +. 0.5) /. float sub in
        let xs = List.filter_map (fun (xa, ya, xb, yb) ->
            if (ya <= sy && yb > sy) || (yb <= sy && ya > sy) then
              Some (xa +. (sy -. ya) /. (yb -. ya) *. (xb -. xa)) else None) edges in
        let xs = List.sort compare xs in
        let rec spans = function
          | a :: b :: rest ->
            let a = max 0. a and b = min (float !iw) b in
            if b > a then begin
              let ia = int_of_float a and ib = int_of_float b in
              let w = 1. /. float sub in
              if ia = ib then cov.(ia) <- cov.(ia) +. (b -. a) *. w
              else begin
                cov.(ia) <- cov.(ia) +. (float (ia + 1) -. a) *. w;
                for k = ia + 1 to ib - 1 do cov.(k) <- cov.(k) +. w done;
                if ib < !iw then cov.(ib) <- cov.(ib) +. (b -. float ib) *. w
              end;
              touched_lo := min !touched_lo ia; touched_hi := max !touched_hi (min ib (!iw - 1))
            end;
            spans rest
          | _ -> () in
        spans xs
      done;
      for x = max 0 !touched_lo to !touched_hi do
        if cov.(x) > 0. then blend x y (min 1. cov.(x)) c mult;
        cov.(x) <- 0.
      done
    done
  end

let raster_glyph f ~fallback px x y ang c mult code =
  let f = if has_glyph f code then f else (match fallback with Some g when has_glyph g code -> g | _ -> f) in
  set_size f px;
  Freetype.set_transform f.face (Freetype.matrix_rotate ang) zero;
  ignore (Freetype.render_char f.face code [] Freetype.Render_Normal);
  let bi = Freetype.get_bitmap_info f.face in
  let bx = int_of_float (Float.round x) and by = int_of_float (Float.round y) in
  for yy = 0 to bi.Freetype.bitmap_height - 1 do
    for xx = 0 to bi.Freetype.bitmap_width - 1 do
      let z = Freetype.read_bitmap f.face xx yy in
      if z > 0 then
        blend (bx + bi.Freetype.bitmap_left + xx) (by - bi.Freetype.bitmap_top + (bi.Freetype.bitmap_height - 1 - yy))
          (float (min z 255) /. 255.) c mult
    done
  done

let raster = { fill = raster_fill; glyph = raster_glyph }

(* pdf *)
let pdf_buf = Buffer.create 65536
let pdf_scale = ref 1.0   (* px -> pt *)
let pdf_h = ref 0.0       (* page height in pt *)
let pdf_used : (string, (int, int) Hashtbl.t) Hashtbl.t = Hashtbl.create 4  (* font path -> gid -> cp *)
let pdf_fontnames : (string, int) Hashtbl.t = Hashtbl.create 4

let pcol c = (* no transparency groups: mix with paper white *)
  let m v = (255. -. (255. -. v) *. c.a) /. 255. in (m c.r, m c.g, m c.b)

let pdf_fill contours c _mult =
  let r, g, b = pcol c in
  Buffer.add_string pdf_buf (Printf.sprintf "%.3f %.3f %.3f rg\n" r g b);
  List.iter (fun pts ->
      List.iteri (fun i (x, y) ->
          Buffer.add_string pdf_buf (Printf.sprintf "%.2f %.2f %s\n" (x *. !pdf_scale) (!pdf_h -. y *. !pdf_scale)
                                       (if i = 0 then "m" else "l"))) pts;
      if pts <> [] then Buffer.add_string pdf_buf "h\n") contours;
  Buffer.add_string pdf_buf "f*\n"

let pdf_font_index f =
  match Hashtbl.find_opt pdf_fontnames f.path with
  | Some i -> i
  | None -> let i = Hashtbl.length pdf_fontnames + 1 in
    Hashtbl.add pdf_fontnames f.path i; Hashtbl.add pdf_used f.path (Hashtbl.create 256); i

let pdf_glyph f ~fallback px x y ang c _mult code =
  let f = if has_glyph f code then f else (match fallback with Some g when has_glyph g code -> g | _ -> f) in
  let gid = Freetype.int_of_char_index (Freetype.get_char_index f.face code) in
  let fi = pdf_font_index f in
  Hashtbl.replace (Hashtbl.find pdf_used f.path) gid code;
  let r, g, b = pcol c in
  let sz = float px *. !pdf_scale in
  (* raster angle is counter-clockwise in a y-up frame; same in PDF *)
  let ca = cos ang and sa = sin ang in
  Buffer.add_string pdf_buf
    (Printf.sprintf "BT %.3f %.3f %.3f rg /F%d %.2f Tf %.5f %.5f %.5f %.5f %.2f %.2f Tm <%04X> Tj ET\n"
       r g b fi sz ca sa (-.sa) ca (x *. !pdf_scale) (!pdf_h -. y *. !pdf_scale) gid)

let pdf_backend = { fill = pdf_fill; glyph = pdf_glyph }

let be = ref raster

(* ---------- shapes ---------- *)
let pi = 4. *. atan 1.
let circle cx cy r n = List.init n (fun i -> let t = 2. *. pi *. float i /. float n in (cx +. r *. cos t, cy +. r *. sin t))
let ring cx cy r t = [ circle cx cy r 96; List.rev (circle cx cy (r -. t) 96) ]
let star cx cy r rot =
  List.init 10 (fun i ->
      let rr = if i mod 2 = 0 then r else r *. 0.382 in
      let t = rot -. pi /. 2. +. float i *. pi /. 5. in
      (cx +. rr *. cos t, cy +. rr *. sin t))
let rect x y w h = [ (x, y); (x +. w, y); (x +. w, y +. h); (x, y +. h) ]
let line_poly x1 y1 x2 y2 t =
  let dx = x2 -. x1 and dy = y2 -. y1 in
  let l = max 1e-6 (sqrt (dx *. dx +. dy *. dy)) in
  let nx = -.dy /. l *. t /. 2. and ny = dx /. l *. t /. 2. in
  [ (x1 +. nx, y1 +. ny); (x2 +. nx, y2 +. ny); (x2 -. nx, y2 -. ny); (x1 -. nx, y1 -. ny) ]

let polyline pts t c = (* stroke a polyline as quads + joints *)
  let rec go = function
    | (x1, y1) :: ((x2, y2) :: _ as rest) -> !be.fill [ line_poly x1 y1 x2 y2 t ] c false; go rest
    | _ -> () in
  go pts

(* ---------- text layout ---------- *)
let no_start = [ 0xFF0C; 0x3002; 0x3001; 0xFF1B; 0xFF1A; 0xFF1F; 0xFF01; 0xFF09; 0x300B; 0x300D; 0x300F; 0x201D;
                 0x2019; 0xFF05; 0xFF0E; 0x2C; 0x2E; 0x3B; 0x3A; 0x29; 0x5D; 0x3011; 0x3015 ]
let no_end = [ 0xFF08; 0x300A; 0x300C; 0x300E; 0x201C; 0x2018; 0x28; 0x5B; 0x3010; 0x3014 ]
let is_word c = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                || c = 0x2D || c = 0x2E || c = 0x2F || c = 0x40 || c = 0x25

(* tokens: arrays of code points that must stay together *)
let tokenize cps =
  let toks = ref [] and cur = ref [] in
  let flush () = if !cur <> [] then (toks := List.rev !cur :: !toks; cur := []) in
  let pending_open = ref [] in
  Array.iter (fun c ->
      if List.mem c no_start && (!cur <> [] || !toks <> []) then begin
        if !cur <> [] then cur := c :: !cur
        else (match !toks with t :: rest -> toks := (t @ [ c ]) :: rest | [] -> cur := [ c ])
      end else if List.mem c no_end then begin flush (); pending_open := !pending_open @ [ c ] end
      else if is_word c then begin
        if !cur <> [] && not (is_word (List.hd !cur)) then flush ();
        if !pending_open <> [] then (cur := List.rev_append !pending_open !cur; pending_open := []);
        cur := c :: !cur
      end else begin
        flush ();
        toks := (!pending_open @ [ c ]) :: !toks; pending_open := []
      end) cps;
  flush ();
  if !pending_open <> [] then toks := !pending_open :: !toks;
  List.rev !toks

let width f fb px sp cps =
  List.fold_left (fun acc c ->
      let g = if has_glyph f c then f else (match fb with Some g when has_glyph g c -> g | _ -> f) in
      acc +. advance g px c +. sp) 0. cps

let break_lines f fb px sp w cps =
  if w <= 0. then [ Array.to_list cps ]
  else begin
    let lines = ref [] and cur = ref [] and curw = ref 0. in
    List.iter (fun tok ->
        let tw = width f fb px sp tok in
        if !curw +. tw <= w || !cur = [] && tw <= w then (cur := !cur @ tok; curw := !curw +. tw)
        else if tw > w then
          List.iter (fun c ->
              let cw = width f fb px sp [ c ] in
              if !curw +. cw > w && !cur <> [] then (lines := !cur :: !lines; cur := []; curw := 0.);
              cur := !cur @ [ c ]; curw := !curw +. cw) tok
        else (lines := !cur :: !lines; cur := tok; curw := tw)) (tokenize cps);
    if !cur <> [] then lines := !cur :: !lines;
    List.rev !lines
  end

let boxes = Buffer.create 1024

let draw_text key f fb size x y w h lh sp align c cps =
  let rec fit size lh n =
    let px = max 6 (int_of_float (Float.round size)) in
    let lines = break_lines f fb px sp w cps in
    let nl = List.length lines in
    if h > 0. && n < 14 && float (nl - 1) *. lh +. size > h *. 1.02 then fit (size *. 0.93) (lh *. 0.93) (n + 1)
    else (px, lh, lines) in
  let px, lh, lines = fit size lh 0 in
  let maxw = ref 0. in
  List.iteri (fun i line ->
      let lw = width f fb px sp line in
      let n = List.length line in
      let base = y +. float px *. 0.86 +. float i *. lh in
      let x0, extra =
        match align with
        | 1 -> x +. (w -. lw) /. 2., 0.
        | 2 when n > 1 -> x, (w -. lw) /. float (n - 1)
        | 3 -> x +. w -. lw, 0.
        | _ -> x, 0. in
      let pen = ref x0 in
      List.iter (fun cp ->
          let g = if has_glyph f cp then f else (match fb with Some g when has_glyph g cp -> g | _ -> f) in
          if cp <> 0x20 && cp <> 0x3000 then !be.glyph f ~fallback:fb px !pen base 0. c false cp;
          pen := !pen +. advance g px cp +. sp +. extra) line;
      maxw := max !maxw (!pen -. x0 -. sp -. extra);
      if align = 2 then maxw := max !maxw w) lines;
  let nl = List.length lines in
  if key <> "-" then begin
    let x0 = match align with 1 -> x +. (w -. !maxw) /. 2. | 3 -> x +. w -. !maxw | _ -> x in
    Buffer.add_string boxes
      (Printf.sprintf "BOX\t%s\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\n" key x0 y (x0 +. !maxw)
         (y +. float (nl - 1) *. lh +. float px) nl px)
  end

(* text along a line rotated by ang (radians, counter-clockwise on the page), centred at cx cy *)
let draw_rtext f fb px cx cy ang c mult cps =
  let cps = Array.to_list cps in
  let tw = width f fb px 0. cps in
  let ca = cos ang and sa = sin ang in
  (* baseline direction in image coords (y down): (ca, -sa) *)
  let sx = cx -. ca *. tw /. 2. -. sa *. float px *. 0.35 and sy = cy +. sa *. tw /. 2. -. ca *. float px *. 0.35 in
  let sx = sx +. sa *. float px *. 0.7 and sy = sy +. ca *. float px *. 0.7 in
  let pen = ref 0. in
  List.iter (fun cp ->
      let g = if has_glyph f cp then f else (match fb with Some g when has_glyph g cp -> g | _ -> f) in
      if cp <> 0x20 then !be.glyph f ~fallback:fb px (sx +. ca *. !pen) (sy -. sa *. !pen) ang c mult cp;
      pen := !pen +. advance g px cp) cps

(* seal: ring, star, characters on an upper arc, optional bottom line *)
let draw_seal cx cy r f text bottom c =
  !be.fill (ring cx cy r (r *. 0.055)) c true;
  !be.fill [ star cx cy (r *. 0.27) 0. ] c true;
  let cps = utf8_decode text in
  let n = Array.length cps in
  if n > 0 then begin
    let span = min (1.4 *. pi) (float n *. 0.3 +. 0.2) in
    let px = int_of_float (min (r *. 0.26) (0.8 *. r *. 0.72 *. span /. float n)) in
    Array.iteri (fun i cp ->
        let t = -.pi /. 2. -. span /. 2. +. span *. (float i +. 0.5) /. float n in
        (* char centre on the arc at radius rr; glyph upright points outward *)
        let rr = r *. 0.72 in
        let gx = cx +. rr *. cos t and gy = cy +. rr *. sin t in
        let ang = -.(t +. pi /. 2.) in    (* ccw angle of the glyph's baseline *)
        let adv = advance f px cp in
        let ca = cos ang and sa = sin ang in
        (* move from centre to baseline start: back half advance along baseline, down ~0.35 px *)
        let bx = gx -. ca *. adv /. 2. +. sa *. (float px *. 0.38)
        and by = gy +. sa *. adv /. 2. +. ca *. (float px *. 0.38) in
        !be.glyph f ~fallback:None px bx by ang c true cp) cps
  end;
  if bottom <> "" then
    draw_rtext f None (int_of_float (r *. 0.17)) cx (cy +. r *. 0.52) 0. c true (utf8_decode bottom)

(* a simplified national emblem: red disc, gold rim, five stars, a gate, grain ears, a cog *)
let draw_emblem cx cy r =
  let gold = { r = 222.; g = 170.; b = 40.; a = 1. } and red = { r = 200.; g = 20.; b = 25.; a = 1. } in
  !be.fill [ circle cx cy r 120 ] gold false;
  !be.fill [ circle cx cy (r *. 0.8) 120 ] red false;
  !be.fill [ star (cx -. r *. 0.0) (cy -. r *. 0.42) (r *. 0.2) 0. ] gold false;
  List.iter (fun (dx, dy, rot) -> !be.fill [ star (cx +. dx *. r) (cy +. dy *. r) (r *. 0.07) rot ] gold false)
    [ (-0.33, -0.52, 0.3); (-0.22, -0.3, 0.1); (0.22, -0.3, -0.1); (0.33, -0.52, -0.3) ];
  (* gate *)
  !be.fill [ rect (cx -. r *. 0.45) (cy +. r *. 0.02) (r *. 0.9) (r *. 0.06) ] gold false;
  !be.fill [ rect (cx -. r *. 0.36) (cy -. r *. 0.1) (r *. 0.72) (r *. 0.1) ] gold false;
  !be.fill [ rect (cx -. r *. 0.38) (cy +. r *. 0.08) (r *. 0.76) (r *. 0.22) ] gold false;
  for k = -2 to 2 do
    !be.fill [ rect (cx +. float k *. r *. 0.14 -. r *. 0.035) (cy +. r *. 0.12) (r *. 0.07) (r *. 0.16) ] red false
  done;
  (* grain ears: dots on two arcs *)
  for i = 0 to 13 do
    let t = pi *. 0.62 +. float i *. 0.085 in
    List.iter (fun s ->
        let x = cx +. s *. r *. 0.9 *. cos t and y = cy +. r *. 0.9 *. sin t in
        !be.fill [ circle x y (r *. 0.055) 12 ] gold false) [ 1.; -1. ]
  done;
  !be.fill [ circle cx (cy +. r *. 0.62) (r *. 0.12) 24 ] gold false;
  !be.fill [ circle cx (cy +. r *. 0.62) (r *. 0.05) 16 ] red false

let draw_qr x y m rows c =
  List.iteri (fun j row ->
      String.iteri (fun i ch ->
          if ch = '1' then !be.fill [ rect (x +. float i *. m) (y +. float j *. m) (m +. 0.02) (m +. 0.02) ] c false) row)
    rows

(* guilloche border band: interleaved sine curves *)
let draw_guill x y w h c =
  let t = max 0.6 (h /. 40.) in
  for k = 0 to 3 do
    let ph = float k *. pi /. 2. in
    let n = int_of_float (w /. 3.) in
    polyline (List.init (n + 1) (fun i -> let u = float i /. float n in
                                  (x +. u *. w, y +. h /. 2. +. h /. 2.2 *. sin (u *. w /. h *. 1.7 +. ph))))
      t c
  done

(* ID-card style wave background *)
let draw_wave x y w h c seed =
  let st = Random.State.make [| seed |] in
  for k = 0 to 22 do
    let ph = Random.State.float st 6.28 and amp = h *. (0.02 +. Random.State.float st 0.05) in
    let yy = y +. h *. float k /. 22. in
    let n = 80 in
    polyline (List.init (n + 1) (fun i -> let u = float i /. float n in
                                  (x +. u *. w, yy +. amp *. sin (u *. 9. +. ph)))) (max 0.8 (h /. 500.)) c
  done

let draw_portrait x y w h seed =
  let st = Random.State.make [| seed |] in
  let tone = 150. +. Random.State.float st 60. in
  let skin = { r = tone +. 40.; g = tone; b = tone -. 25.; a = 1. } in
  let hair = { r = 25. +. Random.State.float st 30.; g = 20.; b = 18.; a = 1. } in
  let cx = x +. w *. (0.48 +. Random.State.float st 0.04) in
  (* shoulders *)
  !be.fill [ List.init 40 (fun i -> let t = pi +. pi *. float i /. 39. in
                             (cx +. w *. 0.55 *. cos t, y +. h *. 1.0 +. h *. 0.3 *. sin t)) ]
    { r = 40.; g = 45.; b = 60.; a = 1. } false;
  !be.fill [ rect (cx -. w *. 0.09) (y +. h *. 0.55) (w *. 0.18) (h *. 0.2) ] skin false;
  !be.fill [ List.init 48 (fun i -> let t = 2. *. pi *. float i /. 48. in
                             (cx +. w *. 0.27 *. cos t, y +. h *. 0.40 +. h *. 0.24 *. sin t)) ] hair false;
  !be.fill [ List.init 48 (fun i -> let t = 2. *. pi *. float i /. 48. in
                             (cx +. w *. 0.22 *. cos t, y +. h *. 0.45 +. h *. 0.25 *. sin t)) ] skin false;
  List.iter (fun dx -> !be.fill [ circle (cx +. dx *. w) (y +. h *. 0.43) (w *. 0.025) 12 ] hair false) [ -0.08; 0.08 ];
  polyline [ (cx -. w *. 0.06, y +. h *. 0.58); (cx, y +. h *. 0.6); (cx +. w *. 0.06, y +. h *. 0.58) ] (w *. 0.012)
    { r = 140.; g = 60.; b = 60.; a = 1. }

(* handwriting: per-character jitter in size, baseline and angle *)
let draw_hand f px x y c seed cps =
  let st = Random.State.make [| seed |] in
  let pen = ref x in
  let drift = ref 0. in
  Array.iter (fun cp ->
      let s = int_of_float (float px *. (0.88 +. Random.State.float st 0.24)) in
      let ang = (Random.State.float st 0.16) -. 0.08 -. 0.03 in
      drift := !drift +. (Random.State.float st 0.06 -. 0.025) *. float px;
      !be.glyph f ~fallback:None s !pen (y +. !drift) ang c true cp;
      pen := !pen +. advance f s cp *. (0.86 +. Random.State.float st 0.12)) cps

let draw_sign x y w h c seed =
  let st = Random.State.make [| seed |] in
  let n = 60 in
  let ph = Array.init 4 (fun _ -> Random.State.float st 6.28) in
  let pts = List.init n (fun i ->
      let u = float i /. float (n - 1) in
      (x +. w *. u +. w *. 0.06 *. sin (u *. 23. +. ph.(0)),
       y +. h *. (0.5 +. 0.38 *. sin (u *. 17. +. ph.(1)) *. cos (u *. 5. +. ph.(2))))) in
  polyline pts (max 1.2 (h /. 22.)) c

(* ---------- PDF writer ---------- *)
let read_file p = let ic = open_in_bin p in let s = really_input_string ic (in_channel_length ic) in close_in ic; s

let write_pdf path wpt hpt =
  let objs = ref [] in
  let n = ref 0 in
  let add s = incr n; objs := (!n, s) :: !objs; !n in
  let reserve () = incr n; !n in
  let set id s = objs := (id, s) :: !objs in
  let catalog = reserve () and pages = reserve () and page = reserve () in
  let fonts_list = Hashtbl.fold (fun p i acc -> (p, i) :: acc) pdf_fontnames [] |> List.sort (fun (_, a) (_, b) -> compare a b) in
  let font_refs = List.map (fun (path, i) ->
      let f = Hashtbl.fold (fun _ f acc -> if f.path = path then Some f else acc) fonts None |> Option.get in
      let data = read_file path in
      let ff = add (Printf.sprintf "<< /Length %d /Length1 %d >>\nstream\n%s\nendstream" (String.length data) (String.length data) data) in
      let used = Hashtbl.find pdf_used path in
      let gids = Hashtbl.fold (fun g c acc -> (g, c) :: acc) used [] |> List.sort compare in
      (* widths per 1000 em: advances at 1000 px *)
      let w = Buffer.create 1024 in
      List.iter (fun (g, c) -> Buffer.add_string w (Printf.sprintf "%d [%.0f] " g (advance f 1000 c))) gids;
      let fd = add (Printf.sprintf "<< /Type /FontDescriptor /FontName /AA%dFont /Flags 4 /FontBBox [-200 -200 1200 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 %d 0 R >>" i ff) in
      let cid = add (Printf.sprintf "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AA%dFont /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /CIDToGIDMap /Identity /DW 1000 /W [%s] >>" i fd (Buffer.contents w)) in
      let cm = Buffer.create 1024 in
      Buffer.add_string cm "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
      let rec chunks l = match l with
        | [] -> ()
        | _ ->
          let k = min 100 (List.length l) in
          let hd = List.filteri (fun i _ -> i < k) l and tl = List.filteri (fun i _ -> i >= k) l in
          Buffer.add_string cm (Printf.sprintf "%d beginbfchar\n" k);
          List.iter (fun (g, c) ->
              let u = if c < 0x10000 then Printf.sprintf "%04X" c
                else let c' = c - 0x10000 in Printf.sprintf "%04X%04X" (0xD800 + (c' lsr 10)) (0xDC00 + (c' land 0x3FF)) in
              Buffer.add_string cm (Printf.sprintf "<%04X> <%s>\n" g u)) hd;
          Buffer.add_string cm "endbfchar\n"; chunks tl in
      chunks gids;
      Buffer.add_string cm "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
      let tu = add (Printf.sprintf "<< /Length %d >>\nstream\n%s\nendstream" (Buffer.length cm) (Buffer.contents cm)) in
      let t0 = add (Printf.sprintf "<< /Type /Font /Subtype /Type0 /BaseFont /AA%dFont /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" i cid tu) in
      (i, t0)) fonts_list in
  let content = add (Printf.sprintf "<< /Length %d >>\nstream\n%s\nendstream" (Buffer.length pdf_buf) (Buffer.contents pdf_buf)) in
  let fdict = String.concat " " (List.map (fun (i, r) -> Printf.sprintf "/F%d %d 0 R" i r) font_refs) in
  set page (Printf.sprintf "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << %s >> >> /Contents %d 0 R >>" pages wpt hpt fdict content);
  set pages (Printf.sprintf "<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" page);
  set catalog (Printf.sprintf "<< /Type /Catalog /Pages %d 0 R >>" pages);
  let info = add "<< /Producer (docgen_aa OCaml) /Title (e-licence) >>" in
  let out = Buffer.create (1 lsl 20) in
  Buffer.add_string out "%PDF-1.6\n%\xE2\xE3\xCF\xD3\n";
  let sorted = List.sort compare !objs in
  let offs = Array.make (!n + 1) 0 in
  List.iter (fun (id, s) ->
      offs.(id) <- Buffer.length out;
      Buffer.add_string out (Printf.sprintf "%d 0 obj\n%s\nendobj\n" id s)) sorted;
  let xref = Buffer.length out in
  Buffer.add_string out (Printf.sprintf "xref\n0 %d\n0000000000 65535 f \n" (!n + 1));
  for i = 1 to !n do Buffer.add_string out (Printf.sprintf "%010d 00000 n \n" offs.(i)) done;
  Buffer.add_string out (Printf.sprintf "trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" (!n + 1) catalog info xref);
  let oc = open_out_bin path in Buffer.output_buffer oc out; close_out oc

(* ---------- command loop ---------- *)
let fl = float_of_string
let colr a i = { r = fl a.(i); g = fl a.(i + 1); b = fl a.(i + 2); a = fl a.(i + 3) }

let () =
  let pdf_mode = ref false and pdf_w = ref 0. in
  (try
     while true do
       let line = input_line stdin in
       let a = Array.of_list (String.split_on_char '\t' line) in
       match a.(0) with
       | "FONT" ->
         if not (Hashtbl.mem fonts a.(1)) then begin
           let face, _ = Freetype.new_face lib a.(2) 0 in
           Hashtbl.add fonts a.(1) { path = a.(2); face; cur = -1; adv = Hashtbl.create 512 }
         end
       | "PAGE" ->
         let w = int_of_string a.(1) and h = int_of_string a.(2) in
         let bytes = Bytes.create (w * h * 3) in
         let r = Char.chr (int_of_string a.(3)) and g = Char.chr (int_of_string a.(4)) and b = Char.chr (int_of_string a.(5)) in
         for i = 0 to w * h - 1 do Bytes.unsafe_set bytes (3 * i) r; Bytes.unsafe_set bytes (3 * i + 1) g; Bytes.unsafe_set bytes (3 * i + 2) b done;
         img := Rgb24.create_with w h [] bytes; iw := w; ih := h;
         be := raster; pdf_mode := false; Buffer.clear boxes
       | "PDF" ->
         (* PDF w_px h_px dpi *)
         let dpi = fl a.(3) in
         pdf_scale := 72. /. dpi; pdf_w := fl a.(1) *. !pdf_scale; pdf_h := fl a.(2) *. !pdf_scale;
         Buffer.clear pdf_buf; Hashtbl.reset pdf_used; Hashtbl.reset pdf_fontnames;
         iw := int_of_string a.(1); ih := int_of_string a.(2);
         be := pdf_backend; pdf_mode := true; Buffer.clear boxes
       | "RECT" -> !be.fill [ rect (fl a.(1)) (fl a.(2)) (fl a.(3)) (fl a.(4)) ] (colr a 5) (a.(9) = "1")
       | "FRAME" ->
         let x = fl a.(1) and y = fl a.(2) and w = fl a.(3) and h = fl a.(4) and t = fl a.(5) in
         !be.fill [ rect x y w h; List.rev (rect (x +. t) (y +. t) (w -. 2. *. t) (h -. 2. *. t)) ] (colr a 6) false
       | "LINE" -> !be.fill [ line_poly (fl a.(1)) (fl a.(2)) (fl a.(3)) (fl a.(4)) (fl a.(5)) ] (colr a 6) false
       | "CIRCLE" -> (* cx cy r thickness(0=filled) colour mult *)
         let cx = fl a.(1) and cy = fl a.(2) and r = fl a.(3) and t = fl a.(4) in
         !be.fill (if t <= 0. then [ circle cx cy r 96 ] else ring cx cy r t) (colr a 5) (a.(9) = "1")
       | "TEXT" ->
         (* TEXT key fid fbfid size x y w h lh sp align r g b a text *)
         let f = get_font a.(2) and fb = Hashtbl.find_opt fonts a.(3) in
         draw_text a.(1) f fb (fl a.(4)) (fl a.(5)) (fl a.(6)) (fl a.(7)) (fl a.(8)) (fl a.(9)) (fl a.(10))
           (int_of_string a.(11)) (colr a 12) (utf8_decode a.(16))
       | "RTEXT" ->
         (* RTEXT fid size cx cy angle_deg r g b a mult text *)
         let f = get_font a.(1) in
         draw_rtext f None (int_of_string a.(2)) (fl a.(3)) (fl a.(4)) (fl a.(5) *. pi /. 180.) (colr a 6) (a.(10) = "1")
           (utf8_decode a.(11))
       | "SEAL" -> draw_seal (fl a.(1)) (fl a.(2)) (fl a.(3)) (get_font a.(4)) a.(5) a.(6) (colr a 7)
       | "EMBLEM" -> draw_emblem (fl a.(1)) (fl a.(2)) (fl a.(3))
       | "QR" -> draw_qr (fl a.(1)) (fl a.(2)) (fl a.(3)) (String.split_on_char '/' a.(4)) { r = 0.; g = 0.; b = 0.; a = 1. }
       | "GUILL" -> draw_guill (fl a.(1)) (fl a.(2)) (fl a.(3)) (fl a.(4)) (colr a 5)
       | "WAVE" -> draw_wave (fl a.(1)) (fl a.(2)) (fl a.(3)) (fl a.(4)) (colr a 5) (int_of_string a.(9))
       | "PORTRAIT" -> draw_portrait (fl a.(1)) (fl a.(2)) (fl a.(3)) (fl a.(4)) (int_of_string a.(5))
       | "HAND" ->
         (* HAND fid size x y r g b a seed text *)
         draw_hand (get_font a.(1)) (int_of_string a.(2)) (fl a.(3)) (fl a.(4)) (colr a 5) (int_of_string a.(9))
           (utf8_decode a.(10))
       | "SIGN" -> draw_sign (fl a.(1)) (fl a.(2)) (fl a.(3)) (fl a.(4)) (colr a 5) (int_of_string a.(9))
       | "END" ->
         if !pdf_mode then write_pdf a.(1) !pdf_w !pdf_h else Ppm.save_ppm a.(1) !img;
         print_string (Buffer.contents boxes);
         print_string "DONE\n"; flush stdout
       | "" -> ()
       | cmd -> prerr_endline ("unknown command " ^ cmd); exit 2
     done
   with End_of_file -> ())
