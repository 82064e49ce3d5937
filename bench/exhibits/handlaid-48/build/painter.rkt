#lang racket/base
;; Paints an ops file (written by layout.py) into a PDF with racket/draw's pdf-dc%.
;; Ops, one per line, tab-separated, coordinates in points from the top-left corner:
;;   DOC  w h           (first line)         PAGE               (start a new page)
;;   R x y w h r g b    (filled rectangle)   E x y w h r g b    (filled ellipse)
;;   L x1 y1 x2 y2 width r g b               (line)
;;   T x ybaseline face weight style size r g b angle-in-degrees text
(require racket/class racket/draw racket/string racket/file racket/math)

(define args (current-command-line-arguments))
(define in-file (vector-ref args 0))
(define out-file (vector-ref args 1))
(define ops (map (lambda (l) (string-split l "\t" #:trim? #f)) (file->lines in-file #:mode 'text)))
(define head (car ops))
(define W (string->number (list-ref head 1)))
(define H (string->number (list-ref head 2)))

(define setup (new ps-setup%))
(send setup set-scaling 1.0 1.0)
(send setup set-margin 0 0)
(send setup set-editor-margin 0 0)

(define font-cache (make-hash))
(define (get-font face weight style size)
  (hash-ref! font-cache (list face weight style size)
             (lambda ()
               (make-font #:size size #:face face
                          #:family (if (regexp-match? #rx"Sans" face) 'swiss 'roman)
                          #:weight (string->symbol weight) #:style (string->symbol style)
                          #:size-in-pixels? #t #:smoothing 'smoothed #:hinting 'unaligned))))

(define (num s) (exact->inexact (string->number s)))
(define (col r g b) (make-color (string->number r) (string->number g) (string->number b)))

(parameterize ([current-ps-setup setup])
  (define dc (new pdf-dc% [interactive #f] [output out-file] [width W] [height H]
                  [use-paper-bbox #f] [as-eps #f]))
  (send dc start-doc "exhibit")
  (define open? #f)
  (for ([op (cdr ops)])
    (define k (car op))
    (cond
      [(equal? k "PAGE")
       (when open? (send dc end-page))
       (send dc start-page) (set! open? #t)]
      [(or (equal? k "R") (equal? k "E"))
       (define-values (x y w h) (apply values (map num (list (list-ref op 1) (list-ref op 2) (list-ref op 3) (list-ref op 4)))))
       (send dc set-pen "black" 0 'transparent)
       (send dc set-brush (col (list-ref op 5) (list-ref op 6) (list-ref op 7)) 'solid)
       (if (equal? k "R") (send dc draw-rectangle x y w h) (send dc draw-ellipse x y w h))]
      [(equal? k "L")
       (send dc set-pen (col (list-ref op 6) (list-ref op 7) (list-ref op 8)) (num (list-ref op 5)) 'solid)
       (send dc draw-line (num (list-ref op 1)) (num (list-ref op 2)) (num (list-ref op 3)) (num (list-ref op 4)))]
      [(equal? k "T")
       (define x (num (list-ref op 1)))
       (define yb (num (list-ref op 2)))
       (define f (get-font (list-ref op 3) (list-ref op 4) (list-ref op 5) (num (list-ref op 6))))
       (send dc set-font f)
       (send dc set-text-foreground (col (list-ref op 7) (list-ref op 8) (list-ref op 9)))
       (define a (* pi (/ (num (list-ref op 10)) 180.0)))
       (define s (list-ref op 11))
       (define-values (tw th td ta) (send dc get-text-extent s))
       (define asc (- th td))
       (send dc draw-text s (- x (* asc (sin a))) (- yb (* asc (cos a))) #f 0 a)]
      [else (error 'painter "unknown op ~a" k)]))
  (when open? (send dc end-page))
  (send dc end-doc))
