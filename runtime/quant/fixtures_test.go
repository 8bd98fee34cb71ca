package quant_test

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/internal/fixturedir"
	"github.com/qwenkit/qwenkit/runtime/gguf"
	"github.com/qwenkit/qwenkit/runtime/quant"
)

// The tiny-<type>.gguf fixtures were made by llama-quantize --pure (no
// importance matrix) from tiny-f32.gguf, so every 2-D weight in them is
// llama.cpp's reference quantization of the same tensor in tiny-f32.gguf
// (see ../../../shared/fixtures/models/README.md).

func openFixture(t testing.TB, name string) *gguf.File {
	t.Helper()
	f, err := gguf.Open(fixturedir.Path(t, "models", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// tensorValues dequantizes tensor ti of f.
func tensorValues(t testing.TB, f *gguf.File, ti gguf.TensorInfo) []float32 {
	t.Helper()
	out := make([]float32, ti.Elements())
	if err := quant.Dequantize(ti.Type, f.Data(ti), out); err != nil {
		t.Fatalf("%s: %s: %v", f.Path, ti.Name, err)
	}
	return out
}

func fixtureName(ty quant.Type) string { return "tiny-" + strings.ToLower(ty.String()) + ".gguf" }

// weights returns the tensors of f with at least 2 dimensions, the ones
// llama-quantize converts.
func weights(f *gguf.File) []gguf.TensorInfo {
	var out []gguf.TensorInfo
	for _, ti := range f.Tensors {
		if len(ti.Dims) >= 2 {
			out = append(out, ti)
		}
	}
	return out
}

// SHA-256 of the float32 values (little-endian, tensor after tensor in file
// order, tensors of 2 or more dimensions) that gguf-py's independent
// dequantizer (gguf.quants.dequantize, llama.cpp c392e509) gives for each
// fixture. Dequantize must reproduce them bit for bit.
var ggufPyDequantSHA256 = map[string]string{
	"tiny-bf16.gguf":          "30e5f0a7204ae7e61f3a9b89ab679e7e809dd350de984b4bd78d9c6331637662",
	"tiny-f16.gguf":           "691322df5358c12286324f8d70877e26dbe46739861bbb874ad927eb17d37d96",
	"tiny-moe-q8_0.gguf":      "a032944e11935fb4d2447ecc9e24cfa29d1ee4bff41250c9dfd043df671d0b7a",
	"tiny-q2_k.gguf":          "da1de7e4390deb6236b01c8e18b0a79e24d880100221054514dce2b5c8d92b0e",
	"tiny-q3_k.gguf":          "4e47e0698ae08d66f6c136b72cdbff03dfa61b58a884bfd004f36edf494e0b77",
	"tiny-q4_0.gguf":          "3c76c8e62c9e11efbe078707c12fbca9e73d538f0d1c43ab0d421b27e5298fb0",
	"tiny-q4_1.gguf":          "b926adda921c01a38164843a759c3f29f9eff38daad0c57e8131ff13737a7669",
	"tiny-q4_k.gguf":          "09bdb0ae704cabe2f283472dbf5386c1415013b0edec9b523b06221597664130",
	"tiny-q5_0.gguf":          "4441d117fcce09d6c21deab93c3585506f71628f2eba0e122100086722e62fec",
	"tiny-q5_1.gguf":          "1b6267c200a8e0f353b3c0b3224f457f0d1c16c37b7507f6ba57de963d48fa26",
	"tiny-q5_k.gguf":          "294e75e3188c28f0ed5e0ed0d08efb7970c87c142e0a9ba13b5640c44f3c3355",
	"tiny-q6_k.gguf":          "2d54a9b9d0719344eae9166ec88893f2be72f2729927fb6ceee4b96c4ef4e380",
	"tiny-q8_0.gguf":          "66087a9fc0ddba22d00a1040eaa94c38cd7926f30c3f757aa6de321d43cc739b",
	"tiny-untied-q4_k_m.gguf": "c6f1f2965b30e3a37951902c390910a38a06f3697490461cec62d4646198551a",
}

func TestFixtureDequantizeMatchesGGUFPy(t *testing.T) {
	for name, want := range ggufPyDequantSHA256 {
		f := openFixture(t, name)
		h := sha256.New()
		var buf []byte
		for _, ti := range weights(f) {
			vals := tensorValues(t, f, ti)
			buf = buf[:0]
			for _, v := range vals {
				buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(v))
			}
			h.Write(buf)
		}
		if got := hex.EncodeToString(h.Sum(nil)); got != want {
			t.Errorf("%s: dequantized values differ from gguf-py's (sha256 %s, want %s)", name, got, want)
		}
	}
}

// Dequantized fixture weights lie within each format's error bound of the
// F32 originals, and their relative RMS error is what llama.cpp's quantizers
// give.
func TestFixtureDequantizeCloseToF32(t *testing.T) {
	ref := openFixture(t, "tiny-f32.gguf")
	for _, ty := range roundTripTypes {
		f := openFixture(t, fixtureName(ty))
		ws := weights(f)
		if len(ws) == 0 {
			t.Fatalf("%s: no weights", f.Path)
		}
		var e2, x2 float64
		for _, ti := range ws {
			if ti.Type != ty {
				t.Fatalf("%s: %s is %s, want %s", f.Path, ti.Name, ti.Type, ty)
			}
			rt, ok := ref.Tensor(ti.Name)
			if !ok || rt.Type != quant.F32 {
				t.Fatalf("tiny-f32.gguf has no F32 %s", ti.Name)
			}
			x := tensorValues(t, ref, rt)
			got := tensorValues(t, f, ti)
			rel := checkBounds(t, f.Path+" "+ti.Name, ty, x, got)
			ss := sumSquares(x)
			e2 += rel * rel * ss
			x2 += ss
		}
		if rel := math.Sqrt(e2 / x2); rel > maxRelRMSE[ty] {
			t.Errorf("%s: relative RMS error %.4g > %.4g", f.Path, rel, maxRelRMSE[ty])
		}
	}
}

func sumSquares(x []float32) float64 {
	var s float64
	for _, v := range x {
		s += float64(v) * float64(v)
	}
	return s
}

// Re-quantizing tiny-f32.gguf's weights gives llama-quantize's bytes. The
// quantizers are ports of llama.cpp's reference quantizers, so all blocks
// are expected to be identical; the test reports the fraction and demands
// every block.
func TestFixtureRequantizeMatchesLlamaCpp(t *testing.T) {
	ref := openFixture(t, "tiny-f32.gguf")
	for _, ty := range roundTripTypes {
		f := openFixture(t, fixtureName(ty))
		ts := ty.TypeSize()
		blocks, same, shown := 0, 0, 0
		for _, ti := range weights(f) {
			rt, _ := ref.Tensor(ti.Name)
			mine, err := quant.Quantize(ty, tensorValues(t, ref, rt))
			if err != nil {
				t.Fatal(err)
			}
			theirs := f.Data(ti)
			if len(mine) != len(theirs) {
				t.Fatalf("%s %s: %d bytes, llama.cpp has %d", ty, ti.Name, len(mine), len(theirs))
			}
			n := len(theirs) / ts
			blocks += n
			if string(mine) == string(theirs) {
				same += n
				continue
			}
			for off := 0; off < len(theirs); off += ts {
				if string(mine[off:off+ts]) == string(theirs[off:off+ts]) {
					same++
				} else if shown++; shown <= 3 {
					t.Logf("%s %s block %d: % x\n  llama.cpp: % x", ty, ti.Name, off/ts, mine[off:off+ts], theirs[off:off+ts])
				}
			}
		}
		t.Logf("%s: %d of %d blocks identical to llama-quantize's (%.4f%%)", ty, same, blocks, 100*float64(same)/float64(blocks))
		if same != blocks {
			t.Errorf("%s: %d of %d blocks differ from llama-quantize's", ty, blocks-same, blocks)
		}
	}
}

// The MoE file's 3-D expert tensors and the Q4_K_M mix (Q4_K and Q6_K) also
// decode close to their F32 originals.
func TestFixtureMixedFiles(t *testing.T) {
	for _, pair := range [][2]string{{"tiny-moe-q8_0.gguf", "tiny-moe-f32.gguf"}, {"tiny-untied-q4_k_m.gguf", "tiny-untied-f32.gguf"}} {
		f, ref := openFixture(t, pair[0]), openFixture(t, pair[1])
		types := map[quant.Type]int{}
		for _, ti := range weights(f) {
			rt, ok := ref.Tensor(ti.Name)
			if !ok {
				t.Fatalf("%s has no %s", pair[1], ti.Name)
			}
			types[ti.Type]++
			x := tensorValues(t, ref, rt)
			got := tensorValues(t, f, ti)
			if ti.Type == quant.F32 {
				for i := range x {
					if x[i] != got[i] {
						t.Fatalf("%s %s: F32 value %d differs", pair[0], ti.Name, i)
					}
				}
				continue
			}
			checkBounds(t, pair[0]+" "+ti.Name, ti.Type, x, got)
			// The whole tensor re-quantizes to llama-quantize's bytes too.
			mine, err := quant.Quantize(ti.Type, x)
			if err != nil {
				t.Fatal(err)
			}
			if string(mine) != string(f.Data(ti)) {
				t.Errorf("%s %s (%s): re-quantized bytes differ from llama-quantize's", pair[0], ti.Name, ti.Type)
			}
		}
		t.Logf("%s: %v", pair[0], types)
	}
}
