package quant_test

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// iq4Levels is the IQ4_NL/IQ4_XS level table as the format defines it
// (ggml-common.h's kvalues_iq4nl), written out here independently of the
// package's copy.
var iq4Levels = [16]float64{-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113}

// iq4GoldenInput is the input testdata/iq4_llama.txt was made from: 4096
// values from xorshift64* (seed 0x9E3779B97F4A7C15), uniform in [−1, 1)
// times 2^((b·7) mod 11 − 5) for 32-value block b, every 97th value (at 13
// mod 97) nine times larger; the first 256 values zero, the next 256
// below 1e-19, and the last four blocks of the third 256 zero.
func iq4GoldenInput() []float32 {
	s := uint64(0x9E3779B97F4A7C15)
	unif := func() float64 {
		s ^= s >> 12
		s ^= s << 25
		s ^= s >> 27
		r := s * 2685821657736338717
		return float64(r>>11)*(1.0/9007199254740992.0)*2 - 1
	}
	x := make([]float32, 4096)
	for i := range x {
		sb, b := i/256, i/32
		u := unif()
		switch {
		case sb == 0:
			x[i] = 0
		case sb == 1:
			x[i] = float32(u * 1e-20)
		default:
			sc := math.Ldexp(1, (b*7)%11-5)
			if sb == 2 && b%8 >= 4 {
				sc = 0
			}
			x[i] = float32(u * sc)
			if i%97 == 13 {
				x[i] = float32(u * sc * 9)
			}
		}
	}
	return x
}

// readIQ4Golden returns the hex sections of testdata/iq4_llama.txt by name.
func readIQ4Golden(t *testing.T) map[string][]byte {
	f, err := os.Open("testdata/iq4_llama.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]byte{}
	name := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "IQ4_"):
			name = line
		default:
			b, err := hex.DecodeString(line)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out[name] = append(out[name], b...)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestIQ4MatchesLlamaQuantize checks that IQ4_NL and IQ4_XS quantization
// gives llama-quantize's bytes (its quantize_iq4_nl and quantize_iq4_xs with
// no importance matrix; testdata/iq4_llama.txt) on data with zero, tiny,
// varied and outlying blocks.
func TestIQ4MatchesLlamaQuantize(t *testing.T) {
	x := iq4GoldenInput()
	golden := readIQ4Golden(t)
	for _, ty := range []quant.Type{quant.IQ4_NL, quant.IQ4_XS} {
		want := golden[ty.String()]
		got, err := quant.Quantize(ty, x)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d bytes, golden has %d", ty, len(got), len(want))
		}
		ts, bad := ty.TypeSize(), 0
		for b := 0; b < len(got); b += ts {
			if string(got[b:b+ts]) != string(want[b:b+ts]) {
				if bad++; bad <= 3 {
					t.Errorf("%s block %d: got %x, llama.cpp %x", ty, b/ts, got[b:b+ts], want[b:b+ts])
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d blocks differ", ty, bad, len(got)/ts)
		}
	}
}

// TestIQ4Dequantize decodes blocks built by hand from the formats'
// definitions: every index in both nibbles, and IQ4_XS sub-block scales
// from 0 to 63 (factors −32 … 31) with their high bits in scales_h.
func TestIQ4Dequantize(t *testing.T) {
	nl := make([]byte, 18)
	binary.LittleEndian.PutUint16(nl, 0x3800) // 0.5
	for j := 0; j < 16; j++ {
		nl[2+j] = byte(j) | byte(15-j)<<4
	}
	got := make([]float32, 32)
	if err := quant.Dequantize(quant.IQ4_NL, nl, got); err != nil {
		t.Fatal(err)
	}
	for j := 0; j < 16; j++ {
		if got[j] != float32(0.5*iq4Levels[j]) || got[j+16] != float32(0.5*iq4Levels[15-j]) {
			t.Fatalf("IQ4_NL values %d, %d: %v, %v; want %v, %v", j, j+16, got[j], got[j+16], 0.5*iq4Levels[j], 0.5*iq4Levels[15-j])
		}
	}

	xs := make([]byte, 136)
	binary.LittleEndian.PutUint16(xs, 0x3400) // 0.25
	ls := [8]int{0, 63, 32, 31, 33, 16, 47, 1}
	var h uint16
	for i, l := range ls {
		xs[4+i/2] |= byte(l&15) << (4 * (i % 2))
		h |= uint16(l>>4) << (2 * i)
	}
	binary.LittleEndian.PutUint16(xs[2:], h)
	for i := range 128 {
		xs[8+i] = byte(i*7) ^ byte(i>>3)
	}
	got = make([]float32, 256)
	if err := quant.Dequantize(quant.IQ4_XS, xs, got); err != nil {
		t.Fatal(err)
	}
	for i, l := range ls {
		for j := 0; j < 16; j++ {
			q := xs[8+16*i+j]
			lo := float32(0.25*float64(l-32)) * float32(iq4Levels[q&15])
			hi := float32(0.25*float64(l-32)) * float32(iq4Levels[q>>4])
			if got[32*i+j] != lo || got[32*i+j+16] != hi {
				t.Fatalf("IQ4_XS sub-block %d (scale %d) values %d, %d: %v, %v; want %v, %v", i, l, j, j+16, got[32*i+j], got[32*i+j+16], lo, hi)
			}
		}
	}
}

// iq4Scales returns the decoded scale of each 32-value block of q.
func iq4Scales(ty quant.Type, q []byte) []float64 {
	var s []float64
	if ty == quant.IQ4_NL {
		for b := 0; b < len(q); b += 18 {
			s = append(s, float64(quant.FP16ToFloat32(binary.LittleEndian.Uint16(q[b:]))))
		}
		return s
	}
	for b := 0; b < len(q); b += 136 {
		d := float64(quant.FP16ToFloat32(binary.LittleEndian.Uint16(q[b:])))
		h := binary.LittleEndian.Uint16(q[b+2:])
		for i := 0; i < 8; i++ {
			l := int(q[b+4+i/2]>>(4*(i%2))&15) | int(h>>(2*i)&3)<<4
			s = append(s, d*float64(l-32))
		}
	}
	return s
}

// TestIQ4RoundTrip quantizes the bounds tests' distributions and checks each
// value against the format's own bound: with D its block's decoded scale,
// a value inside the levels' span (−127·D … 113·D) decodes within half the
// widest gap between levels, 12·|D|, and one outside it within its distance
// to the nearer end; plus what rounding the scale to fp16 after the indices
// were chosen can add to a level of at most 128: 128·2⁻¹⁰·|D| for a normal
// fp16, and for a subnormal one (tiny weights) its absolute step 2⁻²⁴ halved,
// times the largest 6-bit factor, 32, for IQ4_XS. Gaussian data must come
// back within a relative RMS error a quarter above what these quantizers give
// (0.0760 for IQ4_NL, 0.0766 for IQ4_XS, measured).
func TestIQ4RoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	rows := randomRows(r, 256*64)
	maxRel := map[quant.Type]float64{quant.IQ4_NL: 0.095, quant.IQ4_XS: 0.096}
	for _, ty := range []quant.Type{quant.IQ4_NL, quant.IQ4_XS} {
		sub := 1.0 // the factor on the fp16 scale's absolute rounding
		if ty == quant.IQ4_XS {
			sub = 32
		}
		for name, x := range rows {
			q, got := roundTrip(t, ty, x)
			scales := iq4Scales(ty, q)
			var e2, x2 float64
			bad := 0
			for i, v := range x {
				D := scales[i/32]
				lo, hi := -127*D, 113*D
				if lo > hi {
					lo, hi = hi, lo
				}
				xv := float64(v)
				bound := 12*math.Abs(D) + 128*0x1p-10*math.Abs(D) + 128*sub*0x1p-25 + 1e-6*math.Abs(xv)
				if xv < lo {
					bound += lo - xv
				} else if xv > hi {
					bound += xv - hi
				}
				e := math.Abs(float64(got[i]) - xv)
				if e > bound {
					if bad++; bad <= 3 {
						t.Errorf("%s %s: value %d: %g decoded as %g (scale %g), error %.3g > %.3g", name, ty, i, v, got[i], D, e, bound)
					}
				}
				e2 += e * e
				x2 += xv * xv
			}
			if bad > 3 {
				t.Errorf("%s %s: %d values out of bounds", name, ty, bad)
			}
			if rel := math.Sqrt(e2 / x2); name == "gauss" {
				t.Logf("%s gauss: relative RMS error %.4f", ty, rel)
				if rel > maxRel[ty] {
					t.Errorf("%s gauss: relative RMS error %.4g > %.4g", ty, rel, maxRel[ty])
				}
			}
		}
	}
}
