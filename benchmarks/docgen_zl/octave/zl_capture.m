function zl_capture(in_raw, out_raw, dims, mode, seed, p)
  % Family ZL's scanner / copier / fax / phone-sensor side, in GNU Octave with its image package.
  % One call per file: every step of that file's capture is batched here. `p` is a struct of the
  % capture's parameters chosen (seeded) by the Python side; the random state is seeded so the same
  % call writes the same bytes. Pixels come and go as raw 8-bit RGB (`dims` = [h w]; the result's
  % size is written next to it), which costs far less than PNG in and out.
  pkg load image
  rand("state", seed); randn("state", seed);
  fid = fopen(in_raw, "r");
  I = fread(fid, 3 * dims(1) * dims(2), "uint8=>uint8");
  fclose(fid);
  I = im2single(permute(reshape(I, [3 dims(2) dims(1)]), [3 2 1]));
  if size(I, 3) == 1
    I = repmat(I, [1 1 3]);
  end
  switch mode
    case "phone"
      I = phone(I, p);
    case "flatbed"
      I = flatbed(I, p);
    case "adf"
      I = flatbed(I, p);
      I = feeder_streaks(I, p);
    case "photocopy"
      I = photocopy(I, p);
    case "copy2"
      I = photocopy(I, p);
      I = imresize(I, 0.85, "bilinear");
      I = photocopy(I, p);
    case "fax"
      I = fax(I, p);
    case "scanapp"
      I = scanapp(I, p);
    case "resize"
      I = imresize(I, p.scale, "bilinear");
  end
  I = im2uint8(min(max(real(I), 0), 1));
  fid = fopen(out_raw, "w");
  fwrite(fid, permute(I, [3 2 1]), "uint8");
  fclose(fid);
  fid = fopen([out_raw ".size"], "w");
  fprintf(fid, "%d %d\n", size(I, 1), size(I, 2));
  fclose(fid);
end

function I = phone(I, p)
  % a phone's sensor and processing: photon (shot) and read noise on the luminance, black level and
  % tone curve, white balance, saturation and the sharpening halo (unsharp mask)
  lum = mean(I, 3);
  I = I + randn(size(lum), "single") .* sqrt(lum * p.shot + p.read ^ 2);
  I = curve(I, p.lo + p.black, p.hi, p.gamma);
  I = I .* reshape(single([p.wb(1) 1 p.wb(2)]), 1, 1, 3);
  g = mean(I, 3);
  I = g + (I - g) * p.sat;
  B = fastblur(I, 7, 1.2 + p.nr);
  I = I + p.sharp * (I - B);
end

function J = fastblur(I, n, s)
  % separable Gaussian by convn (zero borders are outside the frame's last few pixels only)
  g = single(fspecial("gaussian", [1 n], s));
  J = convn(convn(I, g, "same"), g', "same");
  e = ceil(n / 2);
  J(1:e, :, :) = I(1:e, :, :); J(end - e + 1:end, :, :) = I(end - e + 1:end, :, :);
  J(:, 1:e, :) = I(:, 1:e, :); J(:, end - e + 1:end, :) = I(:, end - e + 1:end, :);
end

function I = flatbed(I, p)
  % a flatbed / feeder scan: sampled at the scan dpi, a small skew, the CCD's optics, lamp falloff,
  % gamma and noise
  if p.skew != 0
    I = 1 - imrotate(1 - I, p.skew, "bilinear", "loose");
  end
  I = gblur(I, 5, p.blur);
  [h, w, c] = size(I);
  fall = repmat(linspace(1 - p.falloff, 1, w), h, 1);
  I = I .* repmat(fall, [1 1 3]);
  I = curve(I, p.lo, p.hi, p.gamma);
  I = I + randn(size(I), "single") * sqrt(p.noise);
  if p.gray
    I = repmat(rgb2gray(min(max(I, 0), 1)), [1 1 3]);
  end
end

function I = feeder_streaks(I, p)
  % dust on the feeder's glass: thin vertical lines down the whole page
  [h, w, c] = size(I);
  for k = 1:p.streaks
    x = randi(w);
    I(:, x, :) = I(:, x, :) * (0.55 + 0.4 * rand());
  end
end

function I = photocopy(I, p)
  % a photocopier: gray, hard contrast, toner specks, a dark edge, fused toner spread by dilation
  G = rgb2gray(I);
  if p.scale != 1
    G = imresize(G, p.scale, "bilinear");
  end
  if p.skew != 0
    G = 1 - imrotate(1 - G, p.skew, "bilinear", "loose");
  end
  G = tone(G, p.lo, p.hi, p.gamma);
  G = gblur(G, 5, p.blur);
  if p.toner > 0
    ink = 1 - G;
    ink = imdilate(ink, strel("square", 2)) * p.toner + ink * (1 - p.toner);
    G = 1 - ink;
  end
  G = imnoise(min(max(G, 0), 1), "salt & pepper", p.specks);
  G = G + randn(size(G), "single") * sqrt(p.noise);
  [h, w] = size(G);
  edge = max(0, 1 - (1:w) / (p.edge * w + 1));
  G = G .* repmat(1 - 0.6 * edge, h, 1);
  I = repmat(G, [1 1 3]);
end

function I = fax(I, p)
  % a fax: 204×98 dpi fine/standard resolution, then 1 bit: a threshold or an ordered (Bayer) halftone
  G = rgb2gray(I);
  G = imresize(G, [round(size(G, 1) * p.sy), round(size(G, 2) * p.sx)], "bilinear");
  if p.skew != 0
    G = 1 - imrotate(1 - G, p.skew, "bilinear", "loose");
  end
  G = G + randn(size(G)) * sqrt(p.noise);
  if p.dither
    B = [0 8 2 10; 12 4 14 6; 3 11 1 9; 15 7 13 5] / 16;
    T = repmat(B, ceil(size(G) / 4));
    T = T(1:size(G, 1), 1:size(G, 2));
    G = imadjust(G, [0.25; 0.9], [0; 1]);
    BW = G > T;
  else
    BW = im2bw(G, p.level);
  end
  BW = imerode(BW, strel("square", 1));
  % back to the page's aspect (a fax viewer stretches the rows) and a header line dropout
  BW = imresize(double(BW), [round(size(BW, 1) * p.sx / p.sy), size(BW, 2)], "nearest");
  if p.dropout > 0
    r = randi(size(BW, 1) - 2);
    BW(r:r + 1, :) = 1;
  end
  I = repmat(BW, [1 1 3]);
end

function I = scanapp(I, p)
  % a scanner app's output: the page cut out already (the Python side crops it), the background
  % flattened by dividing by a blurred copy, contrast lifted, sharpened; B/W "document" mode on some
  small = imresize(I, 0.125, "bilinear");
  bg = imdilate(small, strel("square", 7));
  bg = imresize(gblur(bg, 9, 3), [size(I, 1) size(I, 2)], "bilinear");
  I = I ./ max(bg, 0.2);
  I = curve(I, p.lo, 1, p.gamma);
  I = I + 0.6 * (I - gblur(I, 5, 1.2));
  if p.bw
    G = rgb2gray(min(max(I, 0), 1));
    box = ones(1, 25, "single") / 25;
    loc = imfilter(imfilter(G, box, "replicate"), box', "replicate");
    I = repmat(double(G > loc - 0.08), [1 1 3]);
  end
  if p.scale != 1
    I = imresize(min(max(I, 0), 1), p.scale, "bilinear");
  end
end

function J = tone(I, lo, hi, g)
  % levels and gamma, as imadjust does, with the input clipped to [lo, hi] first
  J = imadjust(min(max(real(I), lo), hi), [lo; hi], [0; 1], g);
end

function J = curve(I, lo, hi, g)
  % the same levels and gamma written out (imadjust costs ~3× more on a colour frame)
  J = ((min(max(I, lo), hi) - lo) / (hi - lo)) .^ g;
end

function J = gblur(I, n, s)
  % a Gaussian blur as two 1-D passes of imfilter (the 2-D kernel costs n times more)
  g = fspecial("gaussian", [1 n], s);
  J = imfilter(imfilter(I, g, "replicate"), g', "replicate");
end
