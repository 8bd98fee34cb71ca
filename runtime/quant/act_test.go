package quant_test

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

func int8s(b []byte) []int8 {
	out := make([]int8, len(b))
	for i, v := range b {
		out[i] = int8(v)
	}
	return out
}

func eqInt8(a []int8, b []int8) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Two Q8_0 blocks worked by hand. Block 0: amax = 127, so d = 1 and
// 127/amax = 1; q = round-half-even(x). Block 1: amax = 254, d = 2, and
// 127/amax = 0.5.
func q8Input() []float32 {
	x := make([]float32, 64)
	copy(x, []float32{0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 126.5, 127, -127, 3.5})
	copy(x[32:], []float32{1, 3, 5, -1, 7})
	x[63] = -254
	return x
}

func TestActivationQ8_0(t *testing.T) {
	x := q8Input()
	dst := make([]byte, 2*34)
	if err := quant.QuantizeActivations(quant.Q8_0, x, dst); err != nil {
		t.Fatal(err)
	}
	want0 := make([]int8, 32)
	copy(want0, []int8{0, 2, 2, 0, -2, -2, 126, 127, -127, 4})
	want1 := make([]int8, 32)
	copy(want1, []int8{0, 2, 2, 0, 4})
	want1[31] = -127
	if d := binary.LittleEndian.Uint16(dst[0:]); d != 0x3c00 {
		t.Errorf("block 0: d = %#04x, want 0x3c00 (1)", d)
	}
	if d := binary.LittleEndian.Uint16(dst[34:]); d != 0x4000 {
		t.Errorf("block 1: d = %#04x, want 0x4000 (2)", d)
	}
	if got := int8s(dst[2:34]); !eqInt8(got, want0) {
		t.Errorf("block 0: q = %v, want %v", got, want0)
	}
	if got := int8s(dst[36:68]); !eqInt8(got, want1) {
		t.Errorf("block 1: q = %v, want %v", got, want1)
	}

	// The weight quantizer (quantize_row_q8_0_ref) rounds halves away from
	// zero instead.
	w, err := quant.Quantize(quant.Q8_0, x)
	if err != nil {
		t.Fatal(err)
	}
	wantW := make([]int8, 32)
	copy(wantW, []int8{1, 2, 3, -1, -2, -3, 127, 127, -127, 4})
	if got := int8s(w[2:34]); !eqInt8(got, wantW) {
		t.Errorf("weight Q8_0 block 0: q = %v, want %v", got, wantW)
	}
}

func TestActivationQ8_1(t *testing.T) {
	x := q8Input()
	dst := make([]byte, 2*36)
	if err := quant.QuantizeActivations(quant.Q8_1, x, dst); err != nil {
		t.Fatal(err)
	}
	// Σq of block 0 = 0+2+2+0−2−2+126+127−127+4 = 130, s = fp16(1·130) =
	// 0x5810; block 1: Σq = 0+2+2+0+4−127 = −119, s = fp16(2·−119 = −238) =
	// 0xdb70.
	for i, want := range [][2]uint16{{0x3c00, 0x5810}, {0x4000, 0xdb70}} {
		b := dst[36*i:]
		if d, s := binary.LittleEndian.Uint16(b), binary.LittleEndian.Uint16(b[2:]); d != want[0] || s != want[1] {
			t.Errorf("block %d: d, s = %#04x, %#04x, want %#04x, %#04x", i, d, s, want[0], want[1])
		}
	}
	q0 := make([]byte, 68)
	quant.QuantizeActivations(quant.Q8_0, x, q0)
	if string(dst[4:36]) != string(q0[2:34]) || string(dst[40:72]) != string(q0[36:68]) {
		t.Error("Q8_1 quants differ from Q8_0's")
	}
}

func TestActivationQ8_K(t *testing.T) {
	// x_max is the first value of largest magnitude: 254 at index 10, not
	// −254 at index 20. iscale = −127/254 = −0.5, d = 1/iscale = −2.
	x := make([]float32, 512)
	copy(x, []float32{1, 3, -5, 7})
	x[10], x[16], x[20] = 254, -9, -254
	// Block 1 stays all zero.
	dst := make([]byte, 2*292)
	if err := quant.QuantizeActivations(quant.Q8_K, x, dst); err != nil {
		t.Fatal(err)
	}
	if d := math.Float32frombits(binary.LittleEndian.Uint32(dst)); d != -2 {
		t.Errorf("d = %g, want -2", d)
	}
	want := make([]int8, 256)
	// −0.5 → −0 → 0; −1.5 → −2; 2.5 → 2; −3.5 → −4; 4.5 → 4: ties to even.
	copy(want, []int8{0, -2, 2, -4})
	want[10], want[16], want[20] = -127, 4, 127
	if got := int8s(dst[4:260]); !eqInt8(got, want) {
		t.Errorf("q = %v,\nwant %v", got, want)
	}
	bsums := []int16{0 - 2 + 2 - 4 - 127, 4 + 127}
	for k := 0; k < 16; k++ {
		var w int16
		if k < 2 {
			w = bsums[k]
		}
		if got := int16(binary.LittleEndian.Uint16(dst[260+2*k:])); got != w {
			t.Errorf("bsums[%d] = %d, want %d", k, got, w)
		}
	}
	for i, b := range dst[292:] {
		if b != 0 {
			t.Fatalf("all-zero block: byte %d = %#x", i, b)
		}
	}
	// x_max negative: iscale = −127/−127 = 1, q = round-half-even(x), capped
	// at 127.
	y := make([]float32, 256)
	y[0], y[1], y[2], y[3] = -127, 0.5, 1.5, -2.5
	out := make([]byte, 292)
	quant.QuantizeActivations(quant.Q8_K, y, out)
	if d := math.Float32frombits(binary.LittleEndian.Uint32(out)); d != 1 {
		t.Errorf("d = %g, want 1", d)
	}
	if got := int8s(out[4:8]); !eqInt8(got, []int8{-127, 0, 2, -2}) {
		t.Errorf("q = %v, want [-127 0 2 -2]", got)
	}
	// Dequantizing Q8_K gives d·q.
	back := make([]float32, 512)
	if err := quant.Dequantize(quant.Q8_K, dst, back); err != nil {
		t.Fatal(err)
	}
	if back[10] != 254 || back[20] != -254 || back[1] != 4 {
		t.Errorf("dequantized Q8_K: %g %g %g, want 254 -254 4", back[10], back[20], back[1])
	}
}

func TestVecDotType(t *testing.T) {
	want := map[quant.Type]quant.Type{
		quant.F32: quant.F32, quant.F16: quant.F16, quant.BF16: quant.BF16,
		quant.Q4_0: quant.Q8_0, quant.Q5_0: quant.Q8_0, quant.Q8_0: quant.Q8_0,
		quant.Q4_1: quant.Q8_1, quant.Q5_1: quant.Q8_1,
		quant.Q2_K: quant.Q8_K, quant.Q3_K: quant.Q8_K, quant.Q4_K: quant.Q8_K,
		quant.Q5_K: quant.Q8_K, quant.Q6_K: quant.Q8_K,
		quant.IQ4_NL: quant.Q8_0, quant.IQ4_XS: quant.Q8_K,
	}
	for w, a := range want {
		if got, ok := quant.VecDotType(w); !ok || got != a {
			t.Errorf("VecDotType(%s) = %s, %v; want %s", w, got, ok, a)
		}
	}
	if _, ok := quant.VecDotType(quant.IQ2_XXS); ok {
		t.Error("VecDotType(IQ2_XXS) reported ok")
	}
	if err := quant.QuantizeActivations(quant.Q4_0, make([]float32, 32), make([]byte, 18)); err == nil {
		t.Error("QuantizeActivations accepted Q4_0")
	}
}
