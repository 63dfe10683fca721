;;; Family AI's capture damage in GNU Guile: flatbed scans, photocopies (and copies of copies),
;;; faxes, scanner-app output, chat forwards and the camera's sensor for the photographed pages.
;;; Reads a job list (one s-expression per job) and writes PGM/PPM; Python only encodes the result.
;;; Every random choice comes from the job's seed (a 31-bit LCG), so a job gives the same bytes alone
;;; or in a batch.
(use-modules (rnrs bytevectors) (ice-9 binary-ports) (ice-9 rdelim))

(define (read-token port)
  (let loop ((c (get-u8 port)) (acc '()))
    (cond ((eof-object? c) (list->string (reverse acc)))
          ((= c 35) (let skip ((d (get-u8 port))) (if (not (= d 10)) (skip (get-u8 port)))) (loop (get-u8 port) acc))
          ((memv c '(32 9 10 13)) (if (null? acc) (loop (get-u8 port) acc) (list->string (reverse acc))))
          (else (loop (get-u8 port) (cons (integer->char c) acc))))))

(define (read-pnm path)
  (call-with-input-file path
    (lambda (p)
      (let* ((magic (read-token p)) (w (string->number (read-token p))) (h (string->number (read-token p)))
             (mx (read-token p)) (c (if (string=? magic "P6") 3 1))
             (bv (get-bytevector-n p (* w h c))))
        (vector w h c bv)))
    #:binary #t))

(define (write-pnm img path)
  (call-with-output-file path
    (lambda (p)
      (put-bytevector p (string->utf8 (format #f "~a\n~a ~a\n255\n" (if (= (vector-ref img 2) 3) "P6" "P5")
                                            (vector-ref img 0) (vector-ref img 1))))
      (put-bytevector p (vector-ref img 3)))
    #:binary #t))

(define (W i) (vector-ref i 0)) (define (H i) (vector-ref i 1)) (define (C i) (vector-ref i 2)) (define (B i) (vector-ref i 3))

;; the job's random stream
(define rng-state 1)
(define (seed! s) (set! rng-state (logand (+ (* s 2654435761) 12345) #x7fffffff)))
(define (rnd) ; 0..2^31
  (set! rng-state (logand (+ (* rng-state 1103515245) 12345) #x7fffffff)) rng-state)
(define (rnd-int n) (modulo (ash (rnd) -8) n))
(define (rnd-unit) (/ (ash (rnd) -8) 8388608.0))

(define (clamp v) (cond ((< v 0) 0) ((> v 255) 255) (else v)))

(define (to-gray img)
  (if (= (C img) 1) img
      (let* ((n (* (W img) (H img))) (s (B img)) (d (make-bytevector n)))
        (do ((i 0 (+ i 1))) ((= i n))
          (let ((j (* 3 i)))
            (bytevector-u8-set! d i (ash (+ (* 77 (bytevector-u8-ref s j)) (* 150 (bytevector-u8-ref s (+ j 1)))
                                            (* 29 (bytevector-u8-ref s (+ j 2)))) -8))))
        (vector (W img) (H img) 1 d))))

(define (lut! img table) ; table: bytevector 256
  (let* ((bv (B img)) (n (bytevector-length bv)))
    (do ((i 0 (+ i 1))) ((= i n) img)
      (bytevector-u8-set! bv i (bytevector-u8-ref table (bytevector-u8-ref bv i))))))

(define (curve gain offset gamma) ; out = clamp(255*((v/255)^gamma)*gain + offset)
  (let ((t (make-bytevector 256)))
    (do ((v 0 (+ v 1))) ((= v 256) t)
      (bytevector-u8-set! t v (clamp (inexact->exact (round (+ offset (* gain 255.0 (expt (/ v 255.0) gamma))))))))))

(define (noise! img amp)
  (let* ((bv (B img)) (n (bytevector-length bv)))
    (do ((i 0 (+ i 1))) ((= i n) img)
      (bytevector-u8-set! bv i (clamp (+ (bytevector-u8-ref bv i) (- (rnd-int (+ 1 (* 2 amp))) amp)))))))

(define (blur img r) ; separable box blur, radius r, per channel
  (if (<= r 0) img
      (let* ((w (W img)) (h (H img)) (c (C img)) (s (B img)) (tmp (make-bytevector (bytevector-length s)))
             (d (make-bytevector (bytevector-length s))) (k (+ 1 (* 2 r))))
        ;; horizontal
        (do ((y 0 (+ y 1))) ((= y h))
          (do ((ch 0 (+ ch 1))) ((= ch c))
            (let* ((base (* y w c)))
              (define (px x) (bytevector-u8-ref s (+ base (* c (max 0 (min (- w 1) x))) ch)))
              (let loop ((x 0) (acc (let sum ((i (- r)) (a 0)) (if (> i r) a (sum (+ i 1) (+ a (px i)))))))
                (when (< x w)
                  (bytevector-u8-set! tmp (+ base (* c x) ch) (quotient acc k))
                  (loop (+ x 1) (+ acc (- (px (+ x r 1)) (px (- x r))))))))))
        ;; vertical
        (do ((x 0 (+ x 1))) ((= x w))
          (do ((ch 0 (+ ch 1))) ((= ch c))
           (let ()
            (define (px y) (bytevector-u8-ref tmp (+ (* (max 0 (min (- h 1) y)) w c) (* c x) ch)))
            (let loop ((y 0) (acc (let sum ((i (- r)) (a 0)) (if (> i r) a (sum (+ i 1) (+ a (px i)))))))
              (when (< y h)
                (bytevector-u8-set! d (+ (* y w c) (* c x) ch) (quotient acc k))
                (loop (+ y 1) (+ acc (- (px (+ y r 1)) (px (- y r))))))))))
        (vector w h c d))))

(define (shear img slope bgv) ; each row shifted by slope*y pixels (a skewed feed), nearest
  (let* ((w (W img)) (h (H img)) (c (C img)) (s (B img)) (d (make-bytevector (bytevector-length s) bgv)))
    (do ((y 0 (+ y 1))) ((= y h) (vector w h c d))
      (let ((off (inexact->exact (round (* slope (- y (/ h 2)))))))
        (do ((x 0 (+ x 1))) ((= x w))
          (let ((sx (- x off)))
            (when (and (>= sx 0) (< sx w))
              (do ((ch 0 (+ ch 1))) ((= ch c))
                (bytevector-u8-set! d (+ (* c (+ (* y w) x)) ch) (bytevector-u8-ref s (+ (* c (+ (* y w) sx)) ch)))))))))))

(define (vshear img slope bgv) ; each column shifted by slope*x rows
  (let* ((w (W img)) (h (H img)) (c (C img)) (s (B img)) (d (make-bytevector (bytevector-length s) bgv)))
    (do ((x 0 (+ x 1))) ((= x w) (vector w h c d))
      (let ((off (inexact->exact (round (* slope (- x (/ w 2)))))))
        (do ((y 0 (+ y 1))) ((= y h))
          (let ((sy (- y off)))
            (when (and (>= sy 0) (< sy h))
              (do ((ch 0 (+ ch 1))) ((= ch c))
                (bytevector-u8-set! d (+ (* c (+ (* y w) x)) ch) (bytevector-u8-ref s (+ (* c (+ (* sy w) x)) ch)))))))))))

(define (threshold! img level jitter) ; gray only: 0/255 with a noisy level
  (let* ((bv (B img)) (n (bytevector-length bv)))
    (do ((i 0 (+ i 1))) ((= i n) img)
      (bytevector-u8-set! bv i (if (< (+ (bytevector-u8-ref bv i) (- (rnd-int (+ 1 (* 2 jitter))) jitter)) level) 0 255)))))

(define (specks! img count dark)
  (let* ((w (W img)) (h (H img)) (c (C img)) (bv (B img)))
    (do ((k 0 (+ k 1))) ((= k count) img)
      (let ((x (rnd-int w)) (y (rnd-int h)) (s (+ 1 (rnd-int 2))))
        (do ((yy y (+ yy 1))) ((or (= yy h) (= yy (+ y s))))
          (do ((xx x (+ xx 1))) ((or (= xx w) (= xx (+ x s))))
            (do ((ch 0 (+ ch 1))) ((= ch c))
              (bytevector-u8-set! bv (+ (* c (+ (* yy w) xx)) ch) dark))))))))

(define (vstreaks! img count strength) ; drum / glass dirt: darker columns
  (let* ((w (W img)) (h (H img)) (c (C img)) (bv (B img)))
    (do ((k 0 (+ k 1))) ((= k count) img)
      (let ((x (rnd-int w)) (sw (+ 1 (rnd-int 3))))
        (do ((y 0 (+ y 1))) ((= y h))
          (do ((xx x (+ xx 1))) ((or (= xx w) (= xx (+ x sw))))
            (do ((ch 0 (+ ch 1))) ((= ch c))
              (let ((i (+ (* c (+ (* y w) xx)) ch)))
                (bytevector-u8-set! bv i (clamp (- (bytevector-u8-ref bv i) strength)))))))))))

(define (hdrop! img count) ; fax line errors: a row repeated from the one above
  (let* ((w (W img)) (h (H img)) (c (C img)) (bv (B img)) (row (* w c)))
    (do ((k 0 (+ k 1))) ((= k count) img)
      (let ((y (+ 1 (rnd-int (- h 1)))))
        (bytevector-copy! bv (* (- y 1) row) bv (* y row) row)))))

(define (edges! img band dark) ; copier lid shadow: dark bands at the left and right edges
  (let* ((w (W img)) (h (H img)) (c (C img)) (bv (B img)))
    (do ((y 0 (+ y 1))) ((= y h) img)
      (do ((x 0 (+ x 1))) ((= x w))
        (let ((dist (min x (- w 1 x))))
          (when (< dist band)
            (do ((ch 0 (+ ch 1))) ((= ch c))
              (let ((i (+ (* c (+ (* y w) x)) ch)))
                (bytevector-u8-set! bv i (clamp (- (bytevector-u8-ref bv i) (quotient (* dark (- band dist)) band))))))))))))

(define (shrink img f) ; box downscale by an integer factor
  (if (<= f 1) img
      (let* ((w (W img)) (h (H img)) (c (C img)) (s (B img)) (nw (quotient w f)) (nh (quotient h f))
             (d (make-bytevector (* nw nh c))) (ff (* f f)))
        (do ((y 0 (+ y 1))) ((= y nh) (vector nw nh c d))
          (do ((x 0 (+ x 1))) ((= x nw))
            (do ((ch 0 (+ ch 1))) ((= ch c))
              (let sum ((j 0) (a 0))
                (if (= j ff)
                    (bytevector-u8-set! d (+ (* c (+ (* y nw) x)) ch) (quotient a ff))
                    (sum (+ j 1) (+ a (bytevector-u8-ref s (+ (* c (+ (* (+ (* y f) (quotient j f)) w) (+ (* x f) (remainder j f)))) ch))))))))))))

(define (tint! img r g b) ; paper / white balance: per-channel scale (percent)
  (if (= (C img) 1) img
      (let* ((bv (B img)) (n (quotient (bytevector-length bv) 3)))
        (do ((i 0 (+ i 1))) ((= i n) img)
          (let ((j (* 3 i)))
            (bytevector-u8-set! bv j (clamp (quotient (* r (bytevector-u8-ref bv j)) 100)))
            (bytevector-u8-set! bv (+ j 1) (clamp (quotient (* g (bytevector-u8-ref bv (+ j 1))) 100)))
            (bytevector-u8-set! bv (+ j 2) (clamp (quotient (* b (bytevector-u8-ref bv (+ j 2))) 100))))))))

(define (vignette! img strength) ; darker corners (camera lens)
  (let* ((w (W img)) (h (H img)) (c (C img)) (bv (B img)) (cx (/ w 2.0)) (cy (/ h 2.0)) (rr (+ (* cx cx) (* cy cy))))
    (do ((y 0 (+ y 1))) ((= y h) img)
      (let ((dy2 (* (- y cy) (- y cy))))
        (do ((x 0 (+ x 1))) ((= x w))
          (let ((f (- 1.0 (* strength (/ (+ dy2 (* (- x cx) (- x cx))) rr)))))
            (do ((ch 0 (+ ch 1))) ((= ch c))
              (let ((i (+ (* c (+ (* y w) x)) ch)))
                (bytevector-u8-set! bv i (inexact->exact (truncate (* f (bytevector-u8-ref bv i)))))))))))))

(define (apply-op img op)
  (let ((name (car op)) (a (cdr op)))
    (case name
      ((gray) (to-gray img))
      ((curve) (lut! img (curve (car a) (cadr a) (caddr a))))
      ((noise) (noise! img (car a)))
      ((blur) (blur img (car a)))
      ((shear) (shear img (car a) (cadr a)))
      ((vshear) (vshear img (car a) (cadr a)))
      ((threshold) (threshold! img (car a) (cadr a)))
      ((specks) (specks! img (car a) (cadr a)))
      ((vstreaks) (vstreaks! img (car a) (cadr a)))
      ((hdrop) (hdrop! img (car a)))
      ((edges) (edges! img (car a) (cadr a)))
      ((shrink) (shrink img (car a)))
      ((tint) (tint! img (car a) (cadr a) (caddr a)))
      ((vignette) (vignette! img (car a)))
      (else (error "unknown op" name)))))

(define (run-job job) ; (in out seed (op ...) ...)
  (let ((in (list-ref job 0)) (out (list-ref job 1)) (s (list-ref job 2)) (ops (list-tail job 3)))
    (seed! s)
    (write-pnm (let loop ((img (read-pnm in)) (ops ops)) (if (null? ops) img (loop (apply-op img (car ops)) (cdr ops)))) out)
    (display out) (newline) (force-output)))

(let ((port (open-input-file (cadr (command-line)))))
  (let loop ((job (read port)))
    (unless (eof-object? job)
      (run-job job)
      (loop (read port)))))
