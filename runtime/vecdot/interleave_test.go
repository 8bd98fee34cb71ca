package vecdot

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// interleaveBound is the rounding bound of dotInterleaved against the exact
// product for one row-major row: each block's t is formed from
// float32(Σu·y)·d_a and c·Σy·d_a, which may be far larger than their
// difference, so the bound scales with |Σu·y| + |c·Σy|, not with the result.
func interleaveBound(t quant.Type, w, a []byte, nb int) float64 {
	if t == quant.Q4_K {
		return interleaveBoundQ4K(w, a, nb)
	}
	ts, _, _ := interleaveLevels(t)
	c := map[quant.Type]int32{quant.Q8_0: 128, quant.Q4_0: 8, quant.Q5_0: 16}[t]
	var s float64
	for b := 0; b < nb; b++ {
		x, y := w[b*ts:][:ts], a[b*34:][:34]
		var su, sy int32
		for j := 0; j < 32; j++ {
			var u int32
			switch {
			case t == quant.Q8_0:
				u = int32(int8(x[2+j])) + 128
			case t == quant.Q5_0:
				qh := binary.LittleEndian.Uint32(x[2:])
				u = int32(x[6+j%16]>>(4*(j/16))&15) | int32(qh>>j&1)<<4
			case j < 16:
				u = int32(x[2+j] & 15)
			default:
				u = int32(x[2+j-16] >> 4)
			}
			su += u * int32(int8(y[2+j]))
			sy += int32(int8(y[2+j]))
		}
		s += math.Abs(float64(fp16(x)) * float64(fp16(y)) * (math.Abs(float64(su)) + math.Abs(float64(c*sy))))
	}
	return s * float64(nb+8) * 0x1p-23
}

// interleaveBoundQ4K is interleaveBound for Q4_K (dotInterleavedQ4K): each
// super-block's t is formed from float32(S)·d and dmin·float32(M), which
// may be far larger than their difference, so the bound scales with
// |d|·Σ_j sc_j·|Σ q·y| + |dmin|·Σ_j m_j·|bs_j|.
func interleaveBoundQ4K(w, a []byte, nb int) float64 {
	var s float64
	for b := 0; b < nb; b++ {
		x, y := w[b*144:][:144], a[b*292:][:292]
		var parts float64
		for j := 0; j < 8; j++ {
			sc, m := scaleMinK4(j, (*[12]byte)(x[4:16]))
			var is, bs int32
			for i := 0; i < 32; i++ {
				v := int32(x[16+32*(j/2)+i] >> (4 * (j % 2)) & 15)
				is += v * int32(int8(y[4+32*j+i]))
				bs += int32(int8(y[4+32*j+i]))
			}
			parts += math.Abs(float64(fp16(x)))*float64(sc)*math.Abs(float64(is)) + math.Abs(float64(fp16(x[2:])))*float64(m)*math.Abs(float64(bs))
		}
		da, _ := actScale(quant.Q8_K, y)
		s += da * parts
	}
	return s * float64(nb+8) * 0x1p-23
}

// interleavedTypes are the types with an interleaved layout.
var interleavedTypes = []quant.Type{quant.Q8_0, quant.Q4_0, quant.Q5_0, quant.Q4_K}

// interleavedCase returns rows random rows of nb blocks of typ (w, rows of
// rb bytes), their interleaved layout iw, and a random activation row a.
func interleavedCase(t *testing.T, r *rand.Rand, typ quant.Type, rows, nb int, md mode) (w, iw, a []byte, rb int) {
	t.Helper()
	w = weights(r, typ, rows*nb, md)
	at, _ := quant.VecDotType(typ)
	a = acts(r, at, nb, md)
	rb = nb * typ.TypeSize()
	iw = make([]byte, len(w))
	if err := Interleave(iw, typ, w, rb); err != nil {
		t.Fatal(err)
	}
	return w, iw, a, rb
}

// TestInterleaveReference checks the layout and its reference: for every row
// of random Q8_0, Q4_0, Q5_0 and Q4_K matrices, dotInterleaved on the
// interleaved bytes is within interleaveBound of the row-major reference
// (dotQ8_0, dotQ4_0, dotQ5_0, dotQ4_K) and
// of the exact product, so a byte put in the wrong place (another row, value
// or block) shows.
func TestInterleaveReference(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	for _, typ := range interleavedTypes {
		for _, md := range []mode{random, extreme} {
			for _, nb := range []int{1, 3, 28} {
				const rows = 3 * GroupRows
				w, iw, a, rb := interleavedCase(t, r, typ, rows, nb, md)
				for i := 0; i < rows; i++ {
					row := w[i*rb : (i+1)*rb]
					got := float64(dotInterleaved(typ, iw[(i/GroupRows)*GroupRows*rb:], i%GroupRows, a, nb))
					one := make([]float32, 1)
					generic.quant[typ](one, row, rb, a, nb)
					want := float64(one[0])
					exact := exactDot(t, typ, row, a, nb)
					tol := interleaveBound(typ, row, a, nb) + math.Abs(exact)*float64(nb)*0x1p-23
					if math.Abs(got-exact) > tol || math.Abs(got-want) > 2*tol {
						t.Fatalf("%s %s nb=%d row %d: interleaved %v, row-major %v, exact %v (tol %g)", typ, md, nb, i, got, want, exact, tol)
					}
				}
			}
		}
	}
}

// TestInterleaveErrors checks that Interleave refuses what has no layout:
// other types, partial groups and mismatched sizes.
func TestInterleaveErrors(t *testing.T) {
	w := make([]byte, GroupRows*34)
	for _, c := range []struct {
		name string
		typ  quant.Type
		dst  []byte
		w    []byte
		rb   int
	}{
		{"Q6_K", quant.Q6_K, make([]byte, len(w)), w, 34},
		{"partial group", quant.Q8_0, make([]byte, len(w)-34), w[:len(w)-34], 34},
		{"short dst", quant.Q8_0, make([]byte, len(w)-1), w, 34},
		{"partial block", quant.Q8_0, make([]byte, len(w)), w, 33},
	} {
		if err := Interleave(c.dst, c.typ, c.w, c.rb); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
}

// TestRowsInterleaved compares every implementation's interleaved kernels
// with the plain-Go one (rowsInterleavedGo) on group counts that leave every
// remainder of the eight streams, with guards around dst: a row written to
// the wrong place, or a stream stride off by one group, shows. The sums
// agree to the bit but for fma32's double rounding, which can move a
// block's last bit (interleaveBound covers that).
func TestRowsInterleaved(t *testing.T) {
	r := rand.New(rand.NewPCG(53, 54))
	ran := false
	for _, m := range impls() {
		for _, typ := range interleavedTypes {
			f := m.inter[typ]
			if f == nil {
				continue
			}
			ran = true
			ref := rowsInterleavedGo(typ)
			for _, md := range []mode{random, extreme} {
				for _, nb := range []int{1, 3, 28} {
					for _, groups := range []int{1, 2, 7, 8, 9, 17, 8*3 + 5} {
						rows := groups * GroupRows
						w, iw, a, rb := interleavedCase(t, r, typ, rows, nb, md)
						got, check := guarded(t, rows)
						f(got, iw, GroupRows*rb, a, nb)
						check()
						want := make([]float32, rows)
						ref(want, iw, GroupRows*rb, a, nb)
						for i := range want {
							tol := interleaveBound(typ, w[i*rb:(i+1)*rb], a, nb)
							if d := math.Abs(float64(got[i] - want[i])); !(d <= tol) {
								t.Fatalf("%s %s %s nb=%d groups=%d: row %d = %v, reference %v", m.name, typ, md, nb, groups, i, got[i], want[i])
							}
						}
					}
				}
			}
		}
	}
	if !ran && Interleavable(quant.Q8_0) {
		t.Fatal("no implementation has interleaved kernels on a CPU that runs them")
	}
}

// TestDeinterleave checks that DeinterleaveRows and DeinterleaveBlocks give
// back the row-major bytes Interleave read, for every row and for pieces of
// rows, and refuse ranges outside the matrix.
func TestDeinterleave(t *testing.T) {
	r := rand.New(rand.NewPCG(55, 56))
	for _, typ := range interleavedTypes {
		const rows, nb = 3 * GroupRows, 5
		w, iw, _, rb := interleavedCase(t, r, typ, rows, nb, random)
		for _, span := range [][2]int{{0, rows}, {16, 16}, {16, 21}, {5, 1}, {47, 1}, {3, 20}} {
			got := make([]byte, span[1]*rb)
			if err := DeinterleaveRows(got, typ, iw, rb, span[0]); err != nil {
				t.Fatal(err)
			}
			if want := w[span[0]*rb : (span[0]+span[1])*rb]; !bytes.Equal(got, want) {
				t.Fatalf("%s rows %d+%d differ from the row-major bytes", typ, span[0], span[1])
			}
		}
		ts := typ.TypeSize()
		for _, c := range [][3]int{{0, 0, 5}, {17, 2, 3}, {47, 4, 1}} {
			got := make([]byte, c[2]*ts)
			if err := DeinterleaveBlocks(got, typ, iw, rb, c[0], c[1]); err != nil {
				t.Fatal(err)
			}
			if want := w[c[0]*rb+c[1]*ts : c[0]*rb+(c[1]+c[2])*ts]; !bytes.Equal(got, want) {
				t.Fatalf("%s row %d blocks %d+%d differ from the row-major bytes", typ, c[0], c[1], c[2])
			}
		}
		if DeinterleaveRows(make([]byte, rb), typ, iw, rb, rows) == nil || DeinterleaveBlocks(make([]byte, 2*ts), typ, iw, rb, 0, nb-1) == nil ||
			DeinterleaveBlocks(make([]byte, ts), typ, iw, rb, rows, 0) == nil || DeinterleaveRows(make([]byte, rb), quant.Q6_K, iw, rb, 0) == nil {
			t.Fatalf("%s: a range outside the matrix was deinterleaved", typ)
		}
	}
}

// TestInterleavedImplsAgree checks that every implementation's interleaved
// kernels give the same bits for the same rows (the AVX2 Q4_0 kernel sums
// in int16 within a block, the AVX-512 ones in int32: the integer sums are
// exact either way, and the float operations after them the same).
func TestInterleavedImplsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(57, 58))
	for _, typ := range interleavedTypes {
		for _, md := range []mode{random, extreme} {
			// 1,024 and 1,025 blocks: the most the AVX2 kernels' table
			// takes, and one more (the plain-Go kernel's then)
			for _, c := range [][2]int{{1, 28}, {3, 28}, {8*2 + 3, 28}, {3, 1024}, {2, 1025}} {
				groups, nb := c[0], c[1]
				rows := groups * GroupRows
				_, iw, a, rb := interleavedCase(t, r, typ, rows, nb, md)
				var first []float32
				var firstName string
				for _, m := range impls() {
					f := m.inter[typ]
					if f == nil {
						continue
					}
					got := make([]float32, rows)
					f(got, iw, GroupRows*rb, a, nb)
					if first == nil {
						first, firstName = got, m.name
						continue
					}
					for i := range got {
						if math.Float32bits(got[i]) != math.Float32bits(first[i]) {
							t.Fatalf("%s %s %d groups, nb=%d: row %d = %v on %s, %v on %s", typ, md, groups, nb, i, got[i], m.name, first[i], firstName)
						}
					}
				}
			}
		}
	}
}

// BenchmarkDeinterleave copies a prefill row block (64 rows of Qwen2.5-0.5B's
// FFN width, 4,864 values) back out of the interleaved layout.
func BenchmarkDeinterleave(b *testing.B) {
	r := rand.New(rand.NewPCG(59, 60))
	for _, typ := range interleavedTypes {
		rows, nb := 64, 4864/typ.BlockSize()
		rb := nb * typ.TypeSize()
		w := weights(r, typ, rows*nb, random)
		iw := make([]byte, len(w))
		if err := Interleave(iw, typ, w, rb); err != nil {
			b.Fatal(err)
		}
		dst := make([]byte, len(w))
		b.Run(typ.String(), func(b *testing.B) {
			cpuLoop(b, int64(len(w)), func() { DeinterleaveRows(dst, typ, iw, rb, 0) })
		})
	}
}

// TestDeinterleaveKernels compares every implementation's deinterleave
// kernels with the plain-Go moves (moveGroups) on odd block counts and
// group counts, with guard bytes around dst: a row, block or chunk moved to
// the wrong place, or a store past the end, shows.
func TestDeinterleaveKernels(t *testing.T) {
	r := rand.New(rand.NewPCG(65, 66))
	const guardBytes = 64
	ran := false
	for _, m := range impls() {
		for _, typ := range interleavedTypes {
			k := m.deinter[typ]
			if k == nil {
				continue
			}
			ran = true
			ts, xor, _ := interleaveLevels(typ)
			for _, nb := range []int{1, 3, 5, 28} {
				for _, groups := range []int{1, 2, 3} {
					_, iw, _, rb := interleavedCase(t, r, typ, groups*GroupRows, nb, random)
					want := make([]byte, len(iw))
					moveGroups(iw, want, ts, xor, nb, groups, true)
					buf := make([]byte, len(iw)+2*guardBytes)
					for i := range buf {
						buf[i] = 0xa5
					}
					k(&buf[guardBytes], &iw[0], nb, groups, rb)
					if !bytes.Equal(buf[guardBytes:guardBytes+len(iw)], want) {
						t.Fatalf("%s %s nb=%d groups=%d: rows differ from moveGroups'", m.name, typ, nb, groups)
					}
					for i, v := range append(buf[:guardBytes:guardBytes], buf[guardBytes+len(iw):]...) {
						if v != 0xa5 {
							t.Fatalf("%s %s nb=%d groups=%d: guard byte %d overwritten", m.name, typ, nb, groups, i)
						}
					}
				}
			}
		}
	}
	if !ran {
		t.Log("no deinterleave kernels here: DeinterleaveRows moves bytes with moveGroups (TestDeinterleave)")
	}
}

// TestInterleavedQ8_0Signs checks every implementation's interleaved Q8_0
// kernel bit for bit against the plain-Go one on the signs the AVX2 kernels
// treat apart: weights of every level, −128 among them, against activation
// levels within ±127 (the kernels' own path: |x| times y with x's sign), and
// against activations holding −128, which that path would get wrong for
// negative weights (VPSIGNB cannot negate −128) and the AVX2 kernels hand
// to the plain-Go kernel. The plain-Go reference rounds as the kernels do
// (fma32 rounds once: TestFMA32), so the results agree to the bit.
func TestInterleavedQ8_0Signs(t *testing.T) {
	r := rand.New(rand.NewPCG(59, 60))
	const groups, nb = 8 + 4 + 2 + 1, 5 // every stream count of the AVX-512 kernels
	rows := groups * GroupRows
	rb := nb * 34
	w := weights(r, quant.Q8_0, rows*nb, random)
	for i := range rows * nb {
		for j := range 32 {
			w[i*34+2+j] = byte(i + 7*j) // every level in every row's blocks
		}
	}
	iw := make([]byte, len(w))
	if err := Interleave(iw, quant.Q8_0, w, rb); err != nil {
		t.Fatal(err)
	}
	ref := rowsInterleavedGo(quant.Q8_0)
	for _, minus128 := range []bool{false, true} {
		a := acts(r, quant.Q8_0, nb, random)
		for b := range nb {
			y := a[b*34+2 : b*34+34]
			for j := range y {
				if y[j] == 0x80 {
					y[j] = 0x81
				}
			}
			y[3], y[17] = 0x7f, 0x81 // ±127
			if minus128 && b == nb-1 {
				y[5], y[30] = 0x80, 0x80
			}
		}
		want := make([]float32, rows)
		ref(want, iw, GroupRows*rb, a, nb)
		for _, m := range impls() {
			f := m.inter[quant.Q8_0]
			if f == nil {
				continue
			}
			got, check := guarded(t, rows)
			f(got, iw, GroupRows*rb, a, nb)
			check()
			for i := range want {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("%s, activations with −128: %v: row %d = %v, reference %v", m.name, minus128, i, got[i], want[i])
				}
			}
		}
	}
}
