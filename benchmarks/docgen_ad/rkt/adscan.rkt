#lang racket/base
;; Family AD's scans, photocopies, copies of copies, faxes, scanner-app output and chat forwards.
;; One racket process per generate call reads one JSON job per stdin line:
;;   {"in": page.png, "out": file, "mode": flatbed|photocopy|copy_of_copy|fax|scanner_app|chat_forward,
;;    "angle": deg, "shift": [dx dy], "fmt": jpg|png, "quality": q, "lines": 98|196, "seed": n, "dither": bool,
;;    "dark": 0..1, "long_side": px, "ppm": page pixels per mm, "header": fax header text}
;; Pixels come in and go out through racket/draw bitmaps (get-argb-pixels / set-argb-pixels, save-file);
;; everything between is our own: projective resampling, separable box blurs, unsharp masks, tone curves,
;; toner and sensor noise from our own LCG, thresholds and Floyd-Steinberg error diffusion.
(require racket/draw racket/class racket/flonum racket/fixnum racket/math json)

(struct img (w h r g b))                   ; channels are flvectors in 0..1; a grey image shares one

(define (gray? im) (eq? (img-r im) (img-g im)))

(define (load-img path)
  (define bm (read-bitmap path))
  (define w (send bm get-width))
  (define h (send bm get-height))
  (define buf (make-bytes (* 4 w h)))
  (send bm get-argb-pixels 0 0 w h buf)
  (define n (* w h))
  (define R (make-flvector n)) (define G (make-flvector n)) (define B (make-flvector n))
  (for ([i (in-range n)])
    (define o (fx* 4 i))
    (flvector-set! R i (fl/ (fx->fl (bytes-ref buf (fx+ o 1))) 255.0))
    (flvector-set! G i (fl/ (fx->fl (bytes-ref buf (fx+ o 2))) 255.0))
    (flvector-set! B i (fl/ (fx->fl (bytes-ref buf (fx+ o 3))) 255.0)))
  (img w h R G B))

(define (to-gray im)
  (if (gray? im) im
      (let* ([n (* (img-w im) (img-h im))] [Y (make-flvector n)] [R (img-r im)] [G (img-g im)] [B (img-b im)])
        (for ([i (in-range n)])
          (flvector-set! Y i (fl+ (fl* 0.299 (flvector-ref R i)) (fl+ (fl* 0.587 (flvector-ref G i)) (fl* 0.114 (flvector-ref B i))))))
        (img (img-w im) (img-h im) Y Y Y))))

(define (map-channels im f)                ; f : flvector w h -> flvector
  (define w (img-w im)) (define h (img-h im))
  (if (gray? im)
      (let ([y (f (img-r im) w h)]) (img w h y y y))
      (img w h (f (img-r im) w h) (f (img-g im) w h) (f (img-b im) w h))))

;; --- our own random numbers: a Park-Miller LCG (48271, 2^31-1) per job ------------------------------------
(define state 1)
(define (seed! s) (set! state (fx+ 1 (fxmodulo s 2147483646))))
(define (rnd)                              ; uniform 0..1
  (set! state (fxmodulo (fx* state 48271) 2147483647))
  (fl/ (fx->fl state) 2147483647.0))
(define (gauss) (fl- (fl+ (fl+ (rnd) (rnd)) (fl+ (rnd) (rnd))) 2.0))   ; ~N(0, 0.58)

;; --- projective resampling: output (x, y) reads the source at H·(x, y, 1), bilinear -------------------
(define (warp im ow oh H fill)
  (define w (img-w im)) (define h (img-h im))
  (define-values (a b c d e f g hh k) (apply values (map exact->inexact H)))
  (define (one src fillv)
    (define out (make-flvector (* ow oh)))
    (for* ([y (in-range oh)] [x (in-range ow)])
      (define fx (fx->fl x)) (define fy (fx->fl y))
      (define z (fl+ (fl+ (fl* g fx) (fl* hh fy)) k))
      (define sx (fl/ (fl+ (fl+ (fl* a fx) (fl* b fy)) c) z))
      (define sy (fl/ (fl+ (fl+ (fl* d fx) (fl* e fy)) f) z))
      (define x0 (fl->fx (flfloor sx))) (define y0 (fl->fx (flfloor sy)))
      (flvector-set! out (fx+ (fx* y ow) x)
        (if (and (fx>= x0 0) (fx>= y0 0) (fx< (fx+ x0 1) w) (fx< (fx+ y0 1) h))
            (let* ([tx (fl- sx (fx->fl x0))] [ty (fl- sy (fx->fl y0))] [i (fx+ (fx* y0 w) x0)]
                   [p00 (flvector-ref src i)] [p10 (flvector-ref src (fx+ i 1))]
                   [p01 (flvector-ref src (fx+ i w))] [p11 (flvector-ref src (fx+ i (fx+ w 1)))])
              (fl+ (fl* (fl- 1.0 ty) (fl+ p00 (fl* tx (fl- p10 p00)))) (fl* ty (fl+ p01 (fl* tx (fl- p11 p01))))))
            fillv)))
    out)
  (if (gray? im)
      (let ([y (one (img-r im) (car fill))]) (img ow oh y y y))
      (img ow oh (one (img-r im) (car fill)) (one (img-g im) (cadr fill)) (one (img-b im) (caddr fill)))))

;; rotation by deg about the centre, scale s (output = s × input), shift in output pixels
(define (rot-scale im deg s dx dy fill)
  (define w (img-w im)) (define h (img-h im))
  (define ow (max 8 (exact-round (* s w)))) (define oh (max 8 (exact-round (* s h))))
  (define t (* deg (/ pi 180))) (define ct (cos t)) (define st (sin t))
  (define cx (/ ow 2.0)) (define cy (/ oh 2.0)) (define ix (/ w 2.0)) (define iy (/ h 2.0))
  ;; src = R(-t)·(out - c - d)/s + i
  (define a (/ ct s)) (define b (/ st s)) (define d (/ (- st) s)) (define e (/ ct s))
  (define c0 (- ix (+ (* a (+ cx dx)) (* b (+ cy dy)))))
  (define f0 (- iy (+ (* d (+ cx dx)) (* e (+ cy dy)))))
  (warp im ow oh (list a b c0 d e f0 0 0 1) fill))

;; --- separable box blur (running sums), radius r -----------------------------------------------------------
(define ((box r) src w h)
  (if (fx<= r 0) src
      (let ([tmp (make-flvector (* w h))] [out (make-flvector (* w h))] [norm (fl/ 1.0 (fx->fl (fx+ (fx* 2 r) 1)))])
        (for ([y (in-range h)])
          (define row (fx* y w))
          (define acc
            (for/fold ([s 0.0]) ([k (in-range (fx- 0 r) (fx+ r 1))])
              (fl+ s (flvector-ref src (fx+ row (fxmax 0 (fxmin (fx- w 1) k)))))))
          (for/fold ([s acc]) ([x (in-range w)])
            (flvector-set! tmp (fx+ row x) (fl* s norm))
            (fl+ (fl- s (flvector-ref src (fx+ row (fxmax 0 (fx- x r)))))
                 (flvector-ref src (fx+ row (fxmin (fx- w 1) (fx+ x (fx+ r 1))))))))
        (for ([x (in-range w)])
          (define acc
            (for/fold ([s 0.0]) ([k (in-range (fx- 0 r) (fx+ r 1))])
              (fl+ s (flvector-ref tmp (fx+ x (fx* w (fxmax 0 (fxmin (fx- h 1) k))))))))
          (for/fold ([s acc]) ([y (in-range h)])
            (flvector-set! out (fx+ x (fx* y w)) (fl* s norm))
            (fl+ (fl- s (flvector-ref tmp (fx+ x (fx* w (fxmax 0 (fx- y r))))))
                 (flvector-ref tmp (fx+ x (fx* w (fxmin (fx- h 1) (fx+ y (fx+ r 1)))))))))
        out)))

(define (blur im r) (map-channels im (box r)))

(define (unsharp im r amount)
  (map-channels im (lambda (src w h)
                     (define bl ((box r) src w h))
                     (define out (make-flvector (* w h)))
                     (for ([i (in-range (* w h))])
                       (define v (flvector-ref src i))
                       (flvector-set! out i (fl+ v (fl* amount (fl- v (flvector-ref bl i))))))
                     out)))

(define (pointwise im f)                   ; f : index value -> value (per channel)
  (map-channels im (lambda (src w h)
                     (define out (make-flvector (* w h)))
                     (for ([i (in-range (* w h))]) (flvector-set! out i (f i (flvector-ref src i))))
                     out)))

(define (clamp v) (flmax 0.0 (flmin 1.0 v)))

(define (s-curve k mid) (lambda (i v)
                          (define lo (fl/ 1.0 (fl+ 1.0 (flexp (fl* k mid)))))
                          (define hi (fl/ 1.0 (fl+ 1.0 (flexp (fl* (fl- 0.0 k) (fl- 1.0 mid))))))
                          (fl/ (fl- (fl/ 1.0 (fl+ 1.0 (flexp (fl* (fl- 0.0 k) (fl- v mid))))) lo) (fl- hi lo))))

(define (add-noise im sigma)
  (pointwise im (lambda (i v) (clamp (fl+ v (fl* sigma (gauss)))))))

;; toner: random specks, a darker band where the lid did not close, a greyish background
(define (toner im dark)
  (define w (img-w im)) (define h (img-h im))
  (define band (max 2 (exact-round (* w (+ 0.01 (* 0.03 dark))))))
  (define side (if (< (rnd) 0.5) 'left 'right))
  (pointwise im (lambda (i v)
                  (define x (fxremainder i w))
                  (define edge (if (eq? side 'left) x (fx- (fx- w 1) x)))
                  (define v1 (if (fx< edge band)
                                 (fl* v (fl+ 0.35 (fl* 0.65 (fl/ (fx->fl edge) (fx->fl band)))))
                                 v))
                  (define r (rnd))
                  (clamp (cond [(fl< r 0.0012) (fl* v1 0.15)]
                               [(fl< r 0.0030) (fl* v1 0.7)]
                               [else (fl- v1 (fl* 0.04 (rnd)))])))))

(define (floyd im)
  (define w (img-w im)) (define h (img-h im))
  (define src (flvector-copy (img-r im)))
  (define out (make-flvector (* w h)))
  (for* ([y (in-range h)] [x (in-range w)])
    (define i (fx+ (fx* y w) x))
    (define v (flvector-ref src i))
    (define q (if (fl> v 0.5) 1.0 0.0))
    (define err (fl- v q))
    (flvector-set! out i q)
    (define (push! j f) (flvector-set! src j (fl+ (flvector-ref src j) (fl* err f))))
    (when (fx< (fx+ x 1) w) (push! (fx+ i 1) 0.4375))
    (when (fx< (fx+ y 1) h)
      (when (fx> x 0) (push! (fx- (fx+ i w) 1) 0.1875))
      (push! (fx+ i w) 0.3125)
      (when (fx< (fx+ x 1) w) (push! (fx+ (fx+ i w) 1) 0.0625))))
  (img w h out out out))

(define (threshold im t) (pointwise im (lambda (i v) (if (fl> v t) 1.0 0.0))))

(define (stretch-rows im k)                ; 98-line faxes shown at 196 lines: each row twice
  (define w (img-w im)) (define h (img-h im))
  (define src (img-r im))
  (define out (make-flvector (* w h k)))
  (for* ([y (in-range (* h k))] [x (in-range w)])
    (flvector-set! out (fx+ (fx* y w) x) (flvector-ref src (fx+ (fx* (fxquotient y k) w) x))))
  (img w (* h k) out out out))

(define (to-bitmap im)
  (define w (img-w im)) (define h (img-h im))
  (define buf (make-bytes (* 4 w h) 255))
  (define R (img-r im)) (define G (img-g im)) (define B (img-b im))
  (define (b8 v) (fl->fx (flround (fl* 255.0 (clamp v)))))
  (for ([i (in-range (* w h))])
    (define o (fx* 4 i))
    (bytes-set! buf (fx+ o 1) (b8 (flvector-ref R i)))
    (bytes-set! buf (fx+ o 2) (b8 (flvector-ref G i)))
    (bytes-set! buf (fx+ o 3) (b8 (flvector-ref B i))))
  (define bm (make-bitmap w h #f))
  (send bm set-argb-pixels 0 0 w h buf)
  bm)

(define (save! bm out fmt q)
  (unless (send bm save-file out (if (equal? fmt "png") 'png 'jpeg) q)
    (error 'adscan "could not write ~a" out)))

;; --- the captures -----------------------------------------------------------------------------------------
(define (photocopy im j dark)
  (let* ([g (to-gray im)]
         [g (rot-scale g (hash-ref j 'angle) 1.0 (car (hash-ref j 'shift)) (cadr (hash-ref j 'shift)) '(0.96 0.96 0.96))]
         [g (blur g 1)]
         [g (pointwise g (s-curve (+ 6.0 (* 4.0 dark)) (+ 0.68 (* 0.08 dark))))]
         [g (toner g dark)])
    g))

(define (run-job j)
  (seed! (hash-ref j 'seed))
  (define mode (hash-ref j 'mode))
  (define out (hash-ref j 'out))
  (define fmt (hash-ref j 'fmt))
  (define q (hash-ref j 'quality))
  (define dark (exact->inexact (hash-ref j 'dark)))
  (define im (load-img (hash-ref j 'in)))
  (define sh (hash-ref j 'shift))
  (cond
    [(equal? mode "flatbed")
     (let* ([c (rot-scale im (hash-ref j 'angle) 1.0 (car sh) (cadr sh) '(0.985 0.985 0.98))]
            [c (blur c 1)]
            [c (unsharp c 2 0.35)]
            [c (pointwise c (lambda (i v) (clamp (fl+ 0.015 (fl* 0.97 (flexpt (clamp v) 1.08))))))]
            [c (add-noise c 0.012)])
       (save! (to-bitmap c) out fmt q))]
    [(equal? mode "photocopy")
     (save! (to-bitmap (add-noise (photocopy im j dark) 0.01)) out fmt q)]
    [(equal? mode "copy_of_copy")
     (let* ([g (photocopy im j dark)]
            [g (rot-scale g (* -0.7 (hash-ref j 'angle)) 0.97 4.0 -3.0 '(0.96 0.96 0.96))]
            [g (blur g 1)]
            [g (pointwise g (s-curve (+ 7.0 (* 3.0 dark)) 0.7))]
            [g (toner g (* 0.5 dark))])
       (save! (to-bitmap (add-noise g 0.015)) out fmt q))]
    [(equal? mode "fax")
     (let* ([ppm (exact->inexact (hash-ref j 'ppm))]
            [lines (hash-ref j 'lines)]
            [sx (/ 204.0 (* 25.4 ppm))] [sy (/ (exact->inexact lines) (* 25.4 ppm))]
            [g (blur (to-gray im) (if (< sx 0.7) 1 0))]
            [w (img-w g)] [h (img-h g)]
            [ow (exact-round (* sx w))] [oh (exact-round (* sy h))]
            [t (* (hash-ref j 'angle) (/ pi 180))]
            [g (warp g ow oh (list (/ (cos t) sx) (/ (sin t) sy) 0 (/ (- (sin t)) sx) (/ (cos t) sy) (* h 0.01 (sin t)) 0 0 1) '(1.0 1.0 1.0))]
            [g (pointwise g (lambda (i v) (clamp (fl- (fl* 1.15 v) 0.05))))]
            [g (if (hash-ref j 'dither) (floyd g) (threshold g 0.58))]
            [g (pointwise g (lambda (i v) (if (fl< (rnd) 0.0008) (fl- 1.0 v) v)))]
            [g (if (= lines 98) (stretch-rows g 2) g)]
            [bm (to-bitmap g)]
            [dc (new bitmap-dc% [bitmap bm])])
       (send dc set-font (make-font #:size 9 #:family 'modern #:size-in-pixels? #t))
       (send dc set-text-foreground (make-color 0 0 0))
       (send dc draw-text (hash-ref j 'header) 12 3)
       (send dc set-bitmap #f)
       (save! bm out "png" q))]
    [(equal? mode "scanner_app")
     (let* ([w (img-w im)] [h (img-h im)]
            [k (* 0.015 (- (rnd) 0.5))]     ; what is left of the app's perspective correction
            [c (warp im w h (list 1.0 k (* -0.5 k h) (* 0.5 k) 1.0 0 (* k 0.00002) 0 1) '(1.0 1.0 1.0))]
            [c (pointwise c (lambda (i v)     ; the phone's uneven light before the app flattens it
                              (let* ([x (fx->fl (fxremainder i w))] [y (fx->fl (fxquotient i w))])
                                (fl* v (fl- 0.96 (fl* 0.12 (fl/ (fl+ x y) (fx->fl (+ w h)))))))))]
            [bg ((box 24) (img-r (to-gray c)) w h)]
            [c (pointwise c (lambda (i v) (clamp (fl/ v (flmax 0.35 (fl+ 0.03 (flvector-ref bg i)))))))]
            [c (pointwise c (s-curve 6.0 0.55))]
            [c (unsharp c 1 0.6)]
            [c (if (< (rnd) 0.5) (to-gray c) c)])
       (save! (to-bitmap c) out fmt q))]
    [(equal? mode "chat_forward")
     (let* ([w (img-w im)] [h (img-h im)]
            [L (hash-ref j 'long_side)]
            [s (min 1.0 (/ L (exact->inexact (max w h))))]
            [c (blur im (if (< s 0.6) 1 0))]
            [c (rot-scale c (hash-ref j 'angle) s 0.0 0.0 '(1.0 1.0 1.0))]
            [c (unsharp c 1 0.3)]
            [c (add-noise c 0.01)])
       (save! (to-bitmap c) out "jpg" (min 95 (+ q 8)))
       ;; forwarded again: the app decodes and re-encodes at its own quality
       (save! (read-bitmap out) out "jpg" (max 40 (- q 15))))]
    [else (error 'adscan "unknown mode ~a" mode)])
  (printf "ok ~a\n" out)
  (flush-output))

(let loop ()
  (define l (read-line))
  (unless (eof-object? l)
    (when (> (string-length l) 2)
      (run-job (string->jsexpr l)))
    (loop)))
