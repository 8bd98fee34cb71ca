package sample

import (
	"encoding/binary"
	"math"
	"testing"
)

// FuzzSample checks the sampler's invariants on arbitrary logits (NaN and
// infinities included), masks and settings: a chosen token is allowed and
// has a finite logit; greedy choice is the plain loop's; and the masked
// filters keep the same candidates, order and weights as the unmasked ones
// on logits that are NaN where the mask says no.
func FuzzSample(f *testing.F) {
	f.Add([]byte{0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64}, uint64(5), uint8(1))
	f.Add(make([]byte, 1200), uint64(0xff00ff00ff00ff00), uint8(7))
	f.Fuzz(func(t *testing.T, data []byte, maskSeed uint64, mode uint8) {
		n := len(data) / 4
		if n == 0 || n > 4096 {
			return
		}
		logits := make([]float32, n)
		for i := range logits {
			logits[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
		// Repeat the fuzzer's mask bits so that they reach every word.
		mask := make([]uint64, (n+63)/64)
		for i := range mask {
			mask[i] = maskSeed>>(uint(i)%8) | maskSeed<<(64-uint(i)%8)
		}
		if mode&8 != 0 {
			mask[0] = ^uint64(0) // whole chunks allowed as well
		}
		nanned := append([]float32(nil), logits...)
		for i := range nanned {
			if mask[i/64]&(1<<(i%64)) == 0 {
				nanned[i] = float32(math.NaN())
			}
		}
		params := []Params{{}, {Temperature: 0.7, TopK: 20, TopP: 0.8}, {Temperature: 1, TopP: 0.9}, {Temperature: 1.5, TopK: 300, MinP: 0.01}}
		p := params[int(mode)%len(params)]
		a, _ := New(p, n)
		b, _ := New(p, n)
		na, erra := a.prepare(append([]float32(nil), logits...), mask, nil)
		nb, errb := b.prepare(append([]float32(nil), nanned...), nil, nil)
		if (erra == nil) != (errb == nil) || na != nb {
			t.Fatalf("%+v: %d candidates (%v) masked, %d (%v) unmasked on NaN-ed logits", p, na, erra, nb, errb)
		}
		for i := 0; i < na; i++ {
			id := a.cand[i]
			if a.cand[i] != b.cand[i] || math.Float64bits(a.w[i]) != math.Float64bits(b.w[i]) {
				t.Fatalf("%+v: candidate %d: %d (%v) masked, %d (%v) unmasked", p, i, id, a.w[i], b.cand[i], b.w[i])
			}
			if mask[id/64]&(1<<(id%64)) == 0 || !(math.Abs(float64(logits[id])) <= math.MaxFloat32) {
				t.Fatalf("%+v: candidate %d (logit %v) is not allowed or not finite", p, id, logits[id])
			}
		}
		if p.Greedy() && erra == nil {
			want, _ := argmaxPlain(nanned, float32(math.Inf(-1)))
			if int(a.cand[0]) != want {
				t.Fatalf("greedy: %d, plain loop %d", a.cand[0], want)
			}
		}
	})
}
