! Family AE's scans, photocopies, copies of copies, faxes, scanner-app output and chat forwards.
! One job per stdin line:  mode in.ppm out.pnm seed scale skew_deg p1 p2 p3
! Input: binary PPM (P6, 8 bit); output: PGM (P5) or PPM (P6). All image work is here: affine
! bilinear resampling (scale, skew, offset onto a scanner bed), separable Gaussian optics,
! unsharp masking, toner curves, low-frequency toner unevenness, speckle and sensor noise,
! thresholds and Floyd-Steinberg error diffusion, anisotropic fax resolution, 8x8 DCT
! quantisation (JPEG-like block loss of a chat app's recompression).
module aeimg
  implicit none
  integer(8) :: rs = 88172645463325252_8
contains
  subroutine seed(s)
    integer, intent(in) :: s
    rs = 88172645463325252_8 + int(s, 8) * 2654435761_8
    if (rs == 0) rs = 1
  end subroutine
  real function urand()
    rs = ieor(rs, ishft(rs, 13))
    rs = ieor(rs, ishft(rs, -7))
    rs = ieor(rs, ishft(rs, 17))
    urand = real(iand(ishft(rs, -11), 16777215_8)) / 16777216.0
  end function
  real function grand()
    real :: u1, u2
    u1 = max(urand(), 1e-7); u2 = urand()
    grand = sqrt(-2.0 * log(u1)) * cos(6.2831853 * u2)
  end function

  subroutine read_ppm(path, img, w, h)
    character(*), intent(in) :: path
    real, allocatable, intent(out) :: img(:,:,:)
    integer, intent(out) :: w, h
    integer :: u, pos, i, j, c, vals(3), nv, fsize
    character(len=1), allocatable :: buf(:)
    open(newunit=u, file=path, access='stream', form='unformatted', status='old')
    inquire(unit=u, size=fsize)
    allocate(buf(fsize))
    read(u) buf
    close(u)
    ! header: P6 <ws> w <ws> h <ws> 255 <one ws>
    pos = 3; nv = 0
    do while (nv < 3)
      do while (index(' '//achar(10)//achar(13)//achar(9), buf(pos)) > 0)
        pos = pos + 1
      end do
      vals(nv + 1) = 0
      do while (buf(pos) >= '0' .and. buf(pos) <= '9')
        vals(nv + 1) = vals(nv + 1) * 10 + (iachar(buf(pos)) - 48)
        pos = pos + 1
      end do
      nv = nv + 1
    end do
    pos = pos + 1
    w = vals(1); h = vals(2)
    allocate(img(w, h, 3))
    do j = 1, h
      do i = 1, w
        do c = 1, 3
          img(i, j, c) = real(iachar(buf(pos)))
          pos = pos + 1
        end do
      end do
    end do
  end subroutine

  subroutine write_pnm(path, img, nc)
    character(*), intent(in) :: path
    real, intent(in) :: img(:,:,:)
    integer, intent(in) :: nc
    integer :: u, i, j, c, w, h, k
    character(len=40) :: hdr
    character(len=1), allocatable :: buf(:)
    w = size(img, 1); h = size(img, 2)
    if (nc == 1) then
      write(hdr, '(A,I0,A,I0,A)') 'P5'//achar(10), w, ' ', h, achar(10)//'255'//achar(10)
    else
      write(hdr, '(A,I0,A,I0,A)') 'P6'//achar(10), w, ' ', h, achar(10)//'255'//achar(10)
    end if
    allocate(buf(w * h * nc))
    k = 1
    do j = 1, h
      do i = 1, w
        do c = 1, nc
          buf(k) = achar(nint(max(0.0, min(255.0, img(i, j, c)))))
          k = k + 1
        end do
      end do
    end do
    open(newunit=u, file=path, access='stream', form='unformatted', status='replace')
    write(u) trim(hdr), buf
    close(u)
  end subroutine

  ! out(x,y) = in(A * (x,y) + t), bilinear, `fill` outside
  subroutine affine(src, dst, ow, oh, a11, a12, a21, a22, tx, ty, fill)
    real, intent(in) :: src(:,:,:), a11, a12, a21, a22, tx, ty, fill(3)
    real, allocatable, intent(out) :: dst(:,:,:)
    integer, intent(in) :: ow, oh
    integer :: i, j, c, x0, y0, w, h, nc
    real :: sx, sy, fx, fy
    w = size(src, 1); h = size(src, 2); nc = size(src, 3)
    allocate(dst(ow, oh, nc))
    do j = 1, oh
      do i = 1, ow
        sx = a11 * (i - 1) + a12 * (j - 1) + tx
        sy = a21 * (i - 1) + a22 * (j - 1) + ty
        x0 = floor(sx); y0 = floor(sy)
        if (x0 < 0 .or. y0 < 0 .or. x0 >= w - 1 .or. y0 >= h - 1) then
          dst(i, j, :) = fill(1:nc)
        else
          fx = sx - x0; fy = sy - y0
          do c = 1, nc
            dst(i, j, c) = (1 - fx) * (1 - fy) * src(x0 + 1, y0 + 1, c) + fx * (1 - fy) * src(x0 + 2, y0 + 1, c) &
                 + (1 - fx) * fy * src(x0 + 1, y0 + 2, c) + fx * fy * src(x0 + 2, y0 + 2, c)
          end do
        end if
      end do
    end do
  end subroutine

  ! area-averaging downscale by an integer-free factor (box filter before bilinear when shrinking)
  subroutine resize(src, dst, ow, oh)
    real, intent(in) :: src(:,:,:)
    real, allocatable, intent(out) :: dst(:,:,:)
    integer, intent(in) :: ow, oh
    real, allocatable :: tmp(:,:,:)
    real :: sig
    sig = 0.42 * real(size(src, 1)) / real(ow)
    allocate(tmp, source=src)
    if (sig > 0.5) call gblur(tmp, sig)
    call affine(tmp, dst, ow, oh, real(size(src, 1)) / ow, 0.0, 0.0, real(size(src, 2)) / oh, 0.0, 0.0, [255.0, 255.0, 255.0])
  end subroutine

  subroutine gblur(img, sigma)
    real, intent(inout) :: img(:,:,:)
    real, intent(in) :: sigma
    real, allocatable :: k(:), line(:)
    integer :: r, i, j, c, t, w, h, q
    real :: s
    if (sigma < 0.2) return
    r = max(1, ceiling(3 * sigma))
    allocate(k(-r:r))
    do i = -r, r
      k(i) = exp(-0.5 * (i / sigma) ** 2)
    end do
    k = k / sum(k)
    w = size(img, 1); h = size(img, 2)
    allocate(line(max(w, h)))
    do c = 1, size(img, 3)
      do j = 1, h
        line(1:w) = img(:, j, c)
        do i = 1, w
          s = 0
          do t = -r, r
            q = min(w, max(1, i + t))
            s = s + k(t) * line(q)
          end do
          img(i, j, c) = s
        end do
      end do
      do i = 1, w
        line(1:h) = img(i, :, c)
        do j = 1, h
          s = 0
          do t = -r, r
            q = min(h, max(1, j + t))
            s = s + k(t) * line(q)
          end do
          img(i, j, c) = s
        end do
      end do
    end do
  end subroutine

  subroutine to_gray(img, g)
    real, intent(in) :: img(:,:,:)
    real, allocatable, intent(out) :: g(:,:,:)
    allocate(g(size(img, 1), size(img, 2), 1))
    g(:, :, 1) = 0.299 * img(:, :, 1) + 0.587 * img(:, :, 2) + 0.114 * img(:, :, 3)
  end subroutine

  ! photocopier: optics blur, toner S-curve with uneven density, speckle, dark edge shadow
  subroutine copier(g, gen, strength)
    real, intent(inout) :: g(:,:,:)
    integer, intent(in) :: gen
    real, intent(in) :: strength
    integer :: i, j, w, h
    real :: v, dens, ph1, ph2, thr
    w = size(g, 1); h = size(g, 2)
    call gblur(g, 0.6 + 0.35 * gen)
    ph1 = urand() * 6.28; ph2 = urand() * 6.28
    thr = 200.0 + 15.0 * urand() - 12.0 * gen
    do j = 1, h
      do i = 1, w
        dens = 1.0 + 0.12 * strength * sin(i * 0.004 + ph1) * cos(j * 0.003 + ph2)
        v = g(i, j, 1) / dens
        ! toner curve: darks go black, light greys drop to paper
        v = 255.0 / (1.0 + exp(-(v - thr) / (18.0 - 4.0 * strength)))
        if (urand() < 0.0008 * strength * gen) v = v * 0.2
        if (i < 6 .or. j < 6 .or. i > w - 6 .or. j > h - 6) v = v * 0.35
        g(i, j, 1) = v + 4.0 * grand()
      end do
    end do
  end subroutine

  subroutine unsharp(img, sigma, amount)
    real, intent(inout) :: img(:,:,:)
    real, intent(in) :: sigma, amount
    real, allocatable :: b(:,:,:)
    allocate(b, source=img)
    call gblur(b, sigma)
    img = img + amount * (img - b)
  end subroutine

  subroutine add_noise(img, sd)
    real, intent(inout) :: img(:,:,:)
    real, intent(in) :: sd
    integer :: i, j, c
    do j = 1, size(img, 2)
      do i = 1, size(img, 1)
        do c = 1, size(img, 3)
          img(i, j, c) = img(i, j, c) + sd * grand()
        end do
      end do
    end do
  end subroutine

  subroutine floyd(g, thr)
    real, intent(inout) :: g(:,:,:)
    real, intent(in) :: thr
    integer :: i, j, w, h
    real :: old, nw, e
    w = size(g, 1); h = size(g, 2)
    do j = 1, h
      do i = 1, w
        old = g(i, j, 1)
        nw = merge(255.0, 0.0, old > thr)
        e = old - nw
        g(i, j, 1) = nw
        if (i < w) g(i + 1, j, 1) = g(i + 1, j, 1) + e * 7.0 / 16
        if (j < h) then
          if (i > 1) g(i - 1, j + 1, 1) = g(i - 1, j + 1, 1) + e * 3.0 / 16
          g(i, j + 1, 1) = g(i, j + 1, 1) + e * 5.0 / 16
          if (i < w) g(i + 1, j + 1, 1) = g(i + 1, j + 1, 1) + e * 1.0 / 16
        end if
      end do
    end do
  end subroutine

  ! JPEG-like loss: 8x8 DCT-II per block and channel, quantised by q, inverse
  subroutine blockloss(img, q)
    real, intent(inout) :: img(:,:,:)
    real, intent(in) :: q
    real :: cmat(0:7, 0:7), blk(0:7, 0:7), co(0:7, 0:7), qt
    integer :: bx, by, c, u, v, w, h
    do u = 0, 7
      do v = 0, 7
        cmat(u, v) = merge(sqrt(1.0 / 8), sqrt(2.0 / 8), u == 0) * cos((2 * v + 1) * u * 3.14159265 / 16)
      end do
    end do
    w = size(img, 1); h = size(img, 2)
    do c = 1, size(img, 3)
      do by = 0, h / 8 - 1
        do bx = 0, w / 8 - 1
          blk = transpose(img(bx * 8 + 1:bx * 8 + 8, by * 8 + 1:by * 8 + 8, c)) - 128
          co = matmul(matmul(cmat, blk), transpose(cmat))
          do u = 0, 7
            do v = 0, 7
              qt = q * (1.0 + 0.6 * (u + v))
              co(u, v) = qt * nint(co(u, v) / qt)
            end do
          end do
          blk = matmul(matmul(transpose(cmat), co), cmat)
          img(bx * 8 + 1:bx * 8 + 8, by * 8 + 1:by * 8 + 8, c) = transpose(blk) + 128
        end do
      end do
    end do
  end subroutine
end module

program ae_scan
  use aeimg
  implicit none
  character(len=4096) :: line
  character(len=32) :: mode
  character(len=1024) :: fin, fout
  integer :: sd, ios, w, h, ow, oh, g
  real :: sc, skew, p1, p2, p3, ca, sa, cx, cy, ocx, ocy
  real, allocatable :: img(:,:,:), out(:,:,:), gr(:,:,:)
  do
    read(*, '(A)', iostat=ios) line
    if (ios /= 0) exit
    if (len_trim(line) == 0) cycle
    read(line, *) mode, fin, fout, sd, sc, skew, p1, p2, p3
    call seed(sd)
    call read_ppm(trim(fin), img, w, h)
    ! place the page on the output raster: scale sc, rotation skew, margin p1 (fraction) of bed
    ow = nint(w * sc * (1 + 2 * p1)); oh = nint(h * sc * (1 + 2 * p1))
    ca = cos(skew * 0.0174533); sa = sin(skew * 0.0174533)
    cx = w / 2.0; cy = h / 2.0; ocx = ow / 2.0; ocy = oh / 2.0
    select case (trim(mode))
    case ('flatbed', 'scanapp')
      if (sc < 0.75) call gblur(img, 0.35 / sc)
      call affine(img, out, ow, oh, ca / sc, sa / sc, -sa / sc, ca / sc, &
           cx - (ca * ocx + sa * ocy) / sc, cy - (-sa * ocx + ca * ocy) / sc, [238.0, 238.0, 236.0])
      call gblur(out, 0.5 + 0.3 * p2)
      if (trim(mode) == 'scanapp') then
        ! scanner app: white balance to paper, contrast stretch, sharpen; p3 > 0.5: B&W document mode
        out = (out - 30.0) * 255.0 / (235.0 - 30.0)
        call unsharp(out, 1.5, 0.8)
        if (p3 > 0.5) then
          call to_gray(out, gr)
          gr = merge(255.0, 0.0, gr > 150.0 + 20.0 * p2)
          call write_pnm(trim(fout), gr, 1)
          write(*, '(A)') 'ok '//trim(fout)
          flush(6)
          cycle
        end if
      else
        out = out * (0.97 + 0.03 * p2) + 6.0
        call add_noise(out, 2.0)
      end if
      call write_pnm(trim(fout), out, 3)
    case ('photocopy', 'copycopy')
      call to_gray(img, gr)
      call affine(gr, out, ow, oh, ca / sc, sa / sc, -sa / sc, ca / sc, &
           cx - (ca * ocx + sa * ocy) / sc, cy - (-sa * ocx + ca * ocy) / sc, [250.0, 250.0, 250.0])
      call copier(out, 1, p2)
      if (trim(mode) == 'copycopy') then
        ! the copy goes back on the glass: a second small skew and another generation
        ca = cos(p3 * 0.0174533); sa = sin(p3 * 0.0174533)
        deallocate(gr); allocate(gr, source=out)
        call affine(gr, out, ow, oh, ca, sa, -sa, ca, ocx - (ca * ocx + sa * ocy), ocy - (-sa * ocx + ca * ocy), [250.0, 250.0, 250.0])
        call copier(out, 2, p2)
      end if
      call write_pnm(trim(fout), out, 1)
    case ('fax')
      ! sc = horizontal factor to 204 dpi; p2 = lines per inch / 204 (98/204 or 196/204); p3 > 0.5: dither
      call to_gray(img, gr)
      call gblur(gr, 0.4 / sc)
      ow = 1728
      oh = nint(h * sc * p2)
      call affine(gr, out, ow, oh, ca / sc, sa / (sc * p2), -sa / sc, ca / (sc * p2), &
           cx - (ca * ow / 2.0 + sa * oh / 2.0 / p2) / sc, cy - (-sa * ow / 2.0 + ca * oh / 2.0 / p2) / sc, [255.0, 255.0, 255.0])
      call add_noise(out, 6.0)
      if (p3 > 0.5) then
        call floyd(out, 150.0)
      else
        out = merge(255.0, 0.0, out > 172.0 + 200.0 * (p1 - 0.02))
      end if
      ! transmission dropouts: a few lines smeared or lost
      do g = 1, nint(3 * urand())
        w = 1 + int(urand() * (oh - 2))
        out(:, w, 1) = out(:, max(1, w - 1), 1)
      end do
      call write_pnm(trim(fout), out, 1)
    case ('chat')
      ! chat-app recompression: downscale to p2 px on the long side, 8x8 block loss q = p3
      if (w >= h) then
        ow = nint(p2); oh = nint(h * p2 / w)
      else
        oh = nint(p2); ow = nint(w * p2 / h)
      end if
      call resize(img, out, ow, oh)
      call blockloss(out, p3)
      call write_pnm(trim(fout), out, 3)
    case ('photo')
      ! finishing for rendered photos: sensor noise, mild sharpening as a phone ISP does
      call unsharp(img, 1.2, 0.5 * p2)
      call add_noise(img, p3)
      call write_pnm(trim(fout), img, 3)
    end select
    write(*, '(A)') 'ok '//trim(fout)
    flush(6)
  end do
end program
