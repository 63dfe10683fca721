-- Family AA scanner / copier / fax / scanner-app / chat pipelines on JuicyPixels.
-- Reads jobs from stdin, one per line (tab separated):
--   mode  in.ppm  out.(png|jpg|tif)  seed  scale  skew_deg  blur  noise  quality  extra
-- and answers "OK" per job.  Pixel maps are unboxed vectors; convolution, resampling, rotation,
-- toner noise, thresholds and error diffusion are our own; JPEG/PNG/TIFF through JuicyPixels.
module Main (main) where

import Codec.Picture
import Codec.Picture.Types (convertImage)
import Codec.Picture.Jpg (encodeJpegAtQuality)
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as BC
import qualified Data.ByteString.Lazy as BL
import qualified Data.Vector.Unboxed as U
import qualified Data.Vector.Unboxed.Mutable as UM
import Control.Monad (forM_, when)
import Control.Monad.ST (runST)
import Data.Bits (shiftR, xor, (.&.))
import Data.Word (Word64)
import System.IO

-- | a w×h image with c channels, interleaved, values 0..255
data Img = Img { iw :: !Int, ih :: !Int, ic :: !Int, px :: !(U.Vector Float) }

readPPM :: FilePath -> IO Img
readPPM path = do
  bs <- B.readFile path
  let toks = go 0 (0 :: Int) []
      go i n acc
        | n == 4 = (reverse acc, i + 1)
        | otherwise =
            let i' = skipWs i
                j = B.length (B.takeWhile (\c -> c > 32) (B.drop i' bs)) + i'
            in go j (n + 1) (BC.unpack (B.take (j - i') (B.drop i' bs)) : acc)
      skipWs i = if B.index bs i <= 32 then skipWs (i + 1) else if B.index bs i == 35 then skipWs (skipLine i) else i
      skipLine i = if B.index bs i == 10 then i + 1 else skipLine (i + 1)
      ([_, ws, hs, _], off) = toks
      w = read ws; h = read hs
      body = B.drop off bs
  return $ Img w h 3 (U.generate (w * h * 3) (\k -> fromIntegral (B.index body k)))

-- deterministic noise: splitmix64
mix64 :: Word64 -> Word64
mix64 z0 = let z1 = (z0 `xor` (z0 `shiftR` 30)) * 0xbf58476d1ce4e5b9
               z2 = (z1 `xor` (z1 `shiftR` 27)) * 0x94d049bb133111eb
           in z2 `xor` (z2 `shiftR` 31)

rnd :: Word64 -> Int -> Float   -- uniform [0,1) for (seed, index)
rnd s k = fromIntegral (mix64 (s * 0x9E3779B97F4A7C15 + fromIntegral k) .&. 0xFFFFFF) / 16777216

gauss :: Word64 -> Int -> Float
gauss s k = (rnd s (4 * k) + rnd s (4 * k + 1) + rnd s (4 * k + 2) + rnd s (4 * k + 3) - 2) * 1.732

at :: Img -> Int -> Int -> Int -> Float
at (Img w h c v) x y ch = v U.! ((min (h - 1) (max 0 y) * w + min (w - 1) (max 0 x)) * c + ch)

gray :: Img -> Img
gray im@(Img w h c v)
  | c == 1 = im
  | otherwise = Img w h 1 (U.generate (w * h) (\i -> 0.299 * v U.! (3 * i) + 0.587 * v U.! (3 * i + 1) + 0.114 * v U.! (3 * i + 2)))

mapPx :: (Float -> Float) -> Img -> Img
mapPx f (Img w h c v) = Img w h c (U.map f v)

-- | separable convolution with a normalised 1-D kernel (our own), clamped edges
convolve1 :: Bool -> [Float] -> Img -> Img
convolve1 horiz ks im@(Img w h c _) =
  let r = length ks `div` 2
      kv = U.fromList ks
  in Img w h c $ U.generate (w * h * c) $ \i ->
       let ch = i `mod` c; p = i `div` c; x = p `mod` w; y = p `div` w
       in sum [ kv U.! (j + r) * (if horiz then at im (x + j) y ch else at im x (y + j) ch) | j <- [-r .. r] ]

gaussKernel :: Float -> [Float]
gaussKernel s =
  let r = max 1 (ceiling (2.5 * s)) :: Int
      ks = [ exp (-(fromIntegral (j * j)) / (2 * s * s)) | j <- [-r .. r] ]
  in map (/ sum ks) ks

blur :: Float -> Img -> Img
blur s im | s < 0.25 = im
          | otherwise = let k = gaussKernel s in convolve1 False k (convolve1 True k im)

-- | bilinear resampling to (nw, nh), box-prefiltered when shrinking
resize :: Int -> Int -> Img -> Img
resize nw nh im0@(Img w h c _) =
  let fx = fromIntegral w / fromIntegral nw :: Float
      fy = fromIntegral h / fromIntegral nh :: Float
      im = if fx > 1.5 || fy > 1.5 then blur (0.42 * max fx fy) im0 else im0
  in Img nw nh c $ U.generate (nw * nh * c) $ \i ->
       let ch = i `mod` c; p = i `div` c; x = p `mod` nw; y = p `div` nw
           sx = (fromIntegral x + 0.5) * fx - 0.5; sy = (fromIntegral y + 0.5) * fy - 0.5
           x0 = floor sx; y0 = floor sy; ax = sx - fromIntegral x0; ay = sy - fromIntegral y0
       in (1 - ay) * ((1 - ax) * at im x0 y0 ch + ax * at im (x0 + 1) y0 ch)
          + ay * ((1 - ax) * at im x0 (y0 + 1) ch + ax * at im (x0 + 1) (y0 + 1) ch)

-- | rotate by deg about the centre, filling with the paper/lid tone
rotateImg :: Float -> Float -> Img -> Img
rotateImg deg fill im@(Img w h c _)
  | abs deg < 0.01 = im
  | otherwise =
      let t = deg * pi / 180; ct = cos t; st = sin t
          cx = fromIntegral w / 2; cy = fromIntegral h / 2
      in Img w h c $ U.generate (w * h * c) $ \i ->
           let ch = i `mod` c; p = i `div` c; x = fromIntegral (p `mod` w) - cx; y = fromIntegral (p `div` w) - cy
               sx = ct * x + st * y + cx; sy = -st * x + ct * y + cy
               x0 = floor sx; y0 = floor sy; ax = sx - fromIntegral x0; ay = sy - fromIntegral y0
           in if sx < 0 || sy < 0 || sx > fromIntegral (w - 1) || sy > fromIntegral (h - 1) then fill
              else (1 - ay) * ((1 - ax) * at im x0 y0 ch + ax * at im (x0 + 1) y0 ch)
                   + ay * ((1 - ax) * at im x0 (y0 + 1) ch + ax * at im (x0 + 1) (y0 + 1) ch)

addNoise :: Word64 -> Float -> Img -> Img
addNoise s a (Img w h c v) = Img w h c (U.imap (\i x -> x + a * gauss s i) v)

clampI :: Img -> Img
clampI = mapPx (\x -> max 0 (min 255 x))

-- | photocopier tone: blow out the paper, crush the ink, toner specks, a faint drum streak
copier :: Word64 -> Float -> Img -> Img
copier s strength (Img w h _ v) =
  let streakX = floor (rnd s 7 * fromIntegral w) :: Int
      lo = 35 + 30 * strength; hi = 220 - 20 * strength
  in Img w h 1 $ U.imap (\i x ->
       let xx = i `mod` w
           t = (x - lo) / (hi - lo)
           base = 255 * max 0 (min 1 t) ** (1.0 + 0.4 * strength)
           speck = if rnd s (i + 99) < 0.0009 * strength then -180 else 0
           streak = if abs (xx - streakX) < 2 then -40 * strength else 0
       in base + speck + streak + 6 * gauss (s + 1) i) v

-- | Floyd–Steinberg error diffusion to 1 bit (our own), or a plain threshold
diffuse :: Bool -> Float -> Img -> Img
diffuse dither thr (Img w h _ v) = Img w h 1 $ runST $ do
  m <- U.thaw v
  forM_ [0 .. h - 1] $ \y -> forM_ [0 .. w - 1] $ \x -> do
    let i = y * w + x
    old <- UM.read m i
    let new = if old > thr then 255 else 0
    UM.write m i new
    when dither $ do
      let e = old - new
          add xx yy f = when (xx >= 0 && xx < w && yy < h) $ UM.modify m (+ e * f) (yy * w + xx)
      add (x + 1) y (7 / 16); add (x - 1) (y + 1) (3 / 16); add x (y + 1) (5 / 16); add (x + 1) (y + 1) (1 / 16)
  U.freeze m

-- | scanner-app look: divide by a heavily blurred background, lift contrast, sharpen
scanApp :: Img -> Img
scanApp im =
  let small = resize (max 8 (iw im `div` 16)) (max 8 (ih im `div` 16)) im
      bg = resize (iw im) (ih im) (blur 2 small)
      Img w h c v = im
      norm = Img w h c (U.imap (\i x -> min 255 (x / max 30 (px bg U.! i) * 245)) v)
      soft = blur 1.2 norm
  in mapPx (\x -> let t = x / 255 in 255 * (t * t * (3 - 2 * t))) $
       Img w h c (U.zipWith (\a b -> a + 0.8 * (a - b)) (px norm) (px soft))

toRGB8 :: Img -> Image PixelRGB8
toRGB8 im@(Img w h c _) = generateImage (\x y -> let g ch = q (at im x y (if c == 1 then 0 else ch)) in PixelRGB8 (g 0) (g 1) (g 2)) w h
  where q v = fromIntegral (max 0 (min 255 (round v :: Int)))

toY8 :: Img -> Image Pixel8
toY8 im@(Img w h _ _) = generateImage (\x y -> fromIntegral (max 0 (min 255 (round (at im x y 0) :: Int)))) w h

fromRGB8 :: Image PixelRGB8 -> Img
fromRGB8 img = Img (imageWidth img) (imageHeight img) 3 $ U.generate (imageWidth img * imageHeight img * 3) $ \k ->
  let p = k `div` 3; ch = k `mod` 3
      PixelRGB8 r g b = pixelAt img (p `mod` imageWidth img) (p `div` imageWidth img)
  in fromIntegral (case ch of 0 -> r; 1 -> g; _ -> b)

jpegBytes :: Int -> Img -> BL.ByteString
jpegBytes q im = encodeJpegAtQuality (fromIntegral q) (convertImage (toRGB8 im) :: Image PixelYCbCr8)

-- | JPEG round trip (decode our own encoding again)
jpegTrip :: Int -> Img -> Img
jpegTrip q im = case decodeJpeg (BL.toStrict (jpegBytes q im)) of
  Right d -> fromRGB8 (convertRGB8 d)
  Left _ -> im

save :: FilePath -> Int -> Bool -> Img -> IO ()
save out q oneBit im
  | ext == "jpg" = BL.writeFile out (jpegBytes q im)
  | ext == "tif" = if ic im == 1 then writeTiff out (toY8 im) else writeTiff out (toRGB8 im)
  | otherwise = if ic im == 1 || oneBit then writePng out (toY8 (gray im)) else writePng out (toRGB8 im)
  where ext = reverse (takeWhile (/= '.') (reverse out))

scaleBy :: Float -> Img -> Img
scaleBy f im = resize (max 16 (round (fromIntegral (iw im) * f))) (max 16 (round (fromIntegral (ih im) * f))) im

process :: [String] -> IO ()
process [mode, inp, out, seedS, scaleS, skewS, blurS, noiseS, qS, extraS] = do
  im0 <- readPPM inp
  let s = read seedS :: Word64
      sc = read scaleS :: Float; sk = read skewS :: Float; bl = read blurS :: Float
      nz = read noiseS :: Float; q = read qS :: Int; ex = read extraS :: Float
  case mode of
    "flatbed" -> do
      -- lid-white paper tone, optics blur, slight skew, sensor noise
      let im = clampI . addNoise s nz . rotateImg sk 250 . blur bl . scaleBy sc $ mapPx (\x -> 8 + x * 0.96) im0
      save out q False im
    "photocopy" -> do
      let im = clampI . rotateImg sk 255 . copier s ex . blur bl . gray . scaleBy sc $ im0
      save out q True im
    "copy2" -> do
      let once = clampI . rotateImg sk 255 . copier s ex . blur bl . gray . scaleBy sc $ im0
          twice = clampI . rotateImg (-sk * 0.6 + 0.4) 255 . copier (s + 17) (ex * 0.7) . blur (bl * 0.8) $ once
      save out q True twice
    "fax" -> do
      -- ex: vertical dpi (98 or 196); sc: horizontal factor to 204 dpi
      let g = mapPx (\x -> max 0 (min 255 ((x - 25) * 255 / 205))) . blur bl . gray $ im0
          w' = round (fromIntegral (iw g) * sc) :: Int
          h' = round (fromIntegral (ih g) * sc * ex / 204) :: Int
          lowres = rotateImg sk 255 (resize w' h' g)
          bits = diffuse (nz > 0.5) 140 (addNoise s 4 lowres)
          -- a fax viewer shows 98-line faxes doubled vertically
          shown = if ex < 150 then resize w' (h' * 2) bits else bits
          hard = mapPx (\x -> if x > 127 then 255 else 0) shown
      save out q True hard
    "scanapp" -> do
      let im = clampI . scanApp . rotateImg sk 245 . blur bl . scaleBy sc $ im0
          im' = if ex > 0.5 then gray im else im
      save out q False im'
    "chat" -> do
      -- chat apps: long side capped, JPEG, forwarded again (decoded, re-encoded smaller)
      let cap = max (iw im0) (ih im0)
          f = min 1 (ex / fromIntegral cap)
          first = jpegTrip q (clampI (scaleBy f im0))
          second = clampI (scaleBy sc (addNoise s nz first))
      save out (max 30 (q - 12)) False second
    _ -> hPutStrLn stderr ("unknown mode " ++ mode)
process other = hPutStrLn stderr ("bad job " ++ show other)

main :: IO ()
main = do
  hSetBuffering stdout LineBuffering
  ls <- lines <$> getContents
  forM_ ls $ \l -> when (not (null l)) $ do
    process (splitTabs l)
    putStrLn "OK"
  where
    splitTabs s = case break (== '\t') s of
      (a, []) -> [a]
      (a, _ : rest) -> a : splitTabs rest
