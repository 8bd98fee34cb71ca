package quant

import "testing"

// Hand-built blocks: bytes set from the block layouts (ggml-common.h), and
// the values they must decode to worked out by hand from the format
// definitions. Every value not listed in want must equal the block's
// "background" value (what all-zero quant bits decode to in that sub-block).

type handBlock struct {
	t     Type
	bytes map[int]byte        // byte offset → value; the rest are zero
	want  map[int]float32     // value index → value
	bg    func(v int) float32 // every other value
}

func handBlocks() []handBlock {
	return []handBlock{
		{
			// d = 0.5; qs[j] = j | (15−j)<<4: value j = (j−8)·0.5, value
			// j+16 = (7−j)·0.5.
			t: Q4_0,
			bytes: func() map[int]byte {
				m := map[int]byte{1: 0x38}
				for j := 0; j < 16; j++ {
					m[2+j] = byte(j) | byte(15-j)<<4
				}
				return m
			}(),
			want: func() map[int]float32 {
				w := map[int]float32{}
				for j := 0; j < 16; j++ {
					w[j] = float32(j-8) * 0.5
					w[j+16] = float32(7-j) * 0.5
				}
				return w
			}(),
		},
		{
			// d = 1, m = −2; qs[0] = 0x5A: value 0 = 10−2, value 16 = 5−2;
			// all others are level 0: −2.
			t:     Q4_1,
			bytes: map[int]byte{1: 0x3c, 3: 0xc0, 4: 0x5a},
			want:  map[int]float32{0: 8, 16: 3},
			bg:    func(int) float32 { return -2 },
		},
		{
			// d = 2; qh = bits 0, 16, 31; qs[0] = 0x21, qs[15] = 0xF0.
			// value 0: 1|16 → (17−16)·2 = 2; value 16: 2|16 → 4;
			// value 15: 0 → −32; value 31: 15|16 → 15·2 = 30; others −32.
			t:     Q5_0,
			bytes: map[int]byte{1: 0x40, 2: 0x01, 4: 0x01, 5: 0x80, 6: 0x21, 21: 0xf0},
			want:  map[int]float32{0: 2, 16: 4, 15: -32, 31: 30},
			bg:    func(int) float32 { return -32 },
		},
		{
			// d = 0.5, m = 1; qh = bits 1 and 17; qs[1] = 0xF3:
			// value 1: 3|16 = 19 → 9.5+1; value 17: 15|16 = 31 → 15.5+1.
			t:     Q5_1,
			bytes: map[int]byte{1: 0x38, 3: 0x3c, 4: 0x02, 6: 0x02, 9: 0xf3},
			want:  map[int]float32{1: 10.5, 17: 16.5},
			bg:    func(int) float32 { return 1 },
		},
		{
			// d = 0.25; qs = −128, 127, 1, −1.
			t:     Q8_0,
			bytes: map[int]byte{1: 0x34, 2: 0x80, 3: 0x7f, 4: 0x01, 5: 0xff},
			want:  map[int]float32{0: -32, 1: 31.75, 2: 0.25, 3: -0.25},
		},
		{
			// d = 2, s = (ignored); qs[0] = −3, qs[31] = 5.
			t:     Q8_1,
			bytes: map[int]byte{1: 0x40, 2: 0x34, 3: 0x12, 4: 0xfd, 35: 0x05},
			want:  map[int]float32{0: -6, 31: 10},
		},
		{
			// d = 1, dmin = 0.5. Sub-block 0: scale 1, min 2; sub-block 5:
			// scale 3, min 0; sub-block 15: scale 7, min 15.
			// value 0 (qs[0] bits 0-1 = 3): 1·3 − 0.5·2 = 2;
			// value 81 (h 0, j 2, l 17: qs[17] bits 4-5 = 2): 3·2 = 6;
			// value 255 (h 1, j 3, l 31: qs[63] bits 6-7 = 3): 7·3 − 7.5.
			t: Q2_K,
			bytes: map[int]byte{0: 0x21, 5: 0x03, 15: 0xf7,
				16 + 0: 0x03, 16 + 17: 0x20, 16 + 63: 0xc0,
				81: 0x3c, 83: 0x38},
			want: map[int]float32{0: 2, 81: 6, 255: 13.5},
			bg: func(v int) float32 {
				switch v / 16 {
				case 0:
					return -1
				case 15:
					return -7.5
				}
				return 0
			},
		},
		{
			// d = 0.5. All 6-bit scales store 32 (signed 0: top bits 2 in
			// bytes 8-11 = 0xAA) except sub-block 0 = 33 (+1), sub-block 9 =
			// 27 (−5: low 0xB in scales[1]>>4, top 1 in scales[9] bits 4-5)
			// and sub-block 15 = 63 (+31: low 0xF in scales[7]>>4, top 3 in
			// scales[11] bits 6-7). Zero quant bits mean level −4.
			// value 3: low 3, hmask[3] bit 0 set → 3 → 0.5·1·3;
			// value 150 (h 1, j 0, l 22): low 1, high bit clear → −3 → 0.5·−5·−3;
			// value 240 (h 1, j 3, l 16): low 2, hmask[16] bit 7 → 2 → 0.5·31·2.
			t: Q3_K,
			bytes: map[int]byte{3: 0x01, 16: 0x80,
				32 + 3: 0x03, 32 + 32 + 22: 0x01, 32 + 32 + 16: 0x80,
				96 + 0: 0x01, 96 + 1: 0xb0, 96 + 7: 0xf0,
				96 + 8: 0xaa, 96 + 9: 0x9a, 96 + 10: 0xaa, 96 + 11: 0xea,
				109: 0x38},
			want: map[int]float32{3: 1.5, 150: 7.5, 240: 31},
			bg: func(v int) float32 {
				switch v / 16 {
				case 0:
					return -2
				case 9:
					return 10
				case 15:
					return -62
				}
				return 0
			},
		},
		{
			// d = 1, dmin = 0.5. Sub-block 0: scale 3, min 1 (scales[0],
			// scales[4]); sub-block 1: scale 5, min 2 (scales[1] low 6 bits,
			// scales[5] low 6 bits); sub-block 5: scale 42 = 0xA | 2<<4, min
			// 19 = 3 | 1<<4 (scales[9] = 0x3A, top bits in scales[1] and
			// scales[5] bits 6-7); sub-block 7: scale 63, min 0 (scales[11]
			// = 0x0F, scales[3] bits 6-7).
			// value 0: low nibble 4 of qs[0] → 3·4 − 0.5;
			// value 32: high nibble 9 of qs[0] → 5·9 − 1;
			// value 163: high nibble 7 of qs[67] → 42·7 − 9.5;
			// value 255: high nibble 15 of qs[127] → 63·15.
			t: Q4_K,
			bytes: map[int]byte{1: 0x3c, 3: 0x38,
				4 + 0: 3, 4 + 1: 0x85, 4 + 3: 0xc0, 4 + 4: 1, 4 + 5: 0x42, 4 + 9: 0x3a, 4 + 11: 0x0f,
				16 + 0: 0x94, 16 + 67: 0x70, 16 + 127: 0xf0},
			want: map[int]float32{0: 11.5, 32: 44, 163: 284.5, 255: 945},
			bg: func(v int) float32 {
				switch v / 32 {
				case 0:
					return -0.5
				case 1:
					return -1
				case 5:
					return -9.5
				}
				return 0
			},
		},
		{
			// Q4_K's scales and nibbles plus fifth bits: qh[0] bit 0 (value
			// 0: 4+16 → 3·20 − 0.5), qh[3] bit 5 (value 163: 7+16 → 42·23 −
			// 9.5), qh[31] bit 7 (value 255: 15+16 → 63·31).
			t: Q5_K,
			bytes: map[int]byte{1: 0x3c, 3: 0x38,
				4 + 0: 3, 4 + 1: 0x85, 4 + 3: 0xc0, 4 + 4: 1, 4 + 5: 0x42, 4 + 9: 0x3a, 4 + 11: 0x0f,
				16 + 0: 0x01, 16 + 3: 0x20, 16 + 31: 0x80,
				48 + 0: 0x94, 48 + 67: 0x70, 48 + 127: 0xf0},
			want: map[int]float32{0: 59.5, 32: 44, 163: 956.5, 255: 1953},
			bg: func(v int) float32 {
				switch v / 32 {
				case 0:
					return -0.5
				case 1:
					return -1
				case 5:
					return -9.5
				}
				return 0
			},
		},
		{
			// d = 0.5; scales[0] = 2, scales[7] = −3, scales[13] = 127. Zero
			// bits mean level −32.
			// value 5 (h 0, k 0, l 5): ql[5] low 0xA, qh[5] bits 0-1 = 2 →
			// 42−32 = 10 → 0.5·2·10;
			// value 127 (h 0, k 3, l 31): ql[63] high 0xF, qh[31] bits 6-7 = 3
			// → 31 → 0.5·−3·31;
			// value 210 (h 1, k 2, l 18): ql[82] high 1, qh[32+18] bits 4-5 =
			// 1 → 17−32 = −15 → 0.5·127·−15.
			t: Q6_K,
			bytes: map[int]byte{5: 0x0a, 63: 0xf0, 82: 0x10,
				128 + 5: 0x02, 128 + 31: 0xc0, 128 + 50: 0x10,
				192 + 0: 2, 192 + 7: 0xfd, 192 + 13: 127, 209: 0x38},
			want: map[int]float32{5: 10, 127: -46.5, 210: -952.5},
			bg: func(v int) float32 {
				switch v / 16 {
				case 0:
					return -32
				case 7:
					return 48
				case 13:
					return -2032
				}
				return 0
			},
		},
		{
			// d = 1.5 (float32 0x3FC00000); qs[0] = −2, qs[255] = 100.
			t:     Q8_K,
			bytes: map[int]byte{2: 0xc0, 3: 0x3f, 4: 0xfe, 259: 100, 260: 0x55},
			want:  map[int]float32{0: -3, 255: 150},
		},
		{
			t:     F16,
			bytes: map[int]byte{1: 0x3c, 2: 0x01, 5: 0xc0},
			want:  map[int]float32{0: 1, 1: 5.960464477539063e-08, 2: -2},
		},
		{
			t:     BF16,
			bytes: map[int]byte{1: 0x3f, 2: 0x80, 3: 0x3f, 4: 0x49, 5: 0xc0},
			want:  map[int]float32{0: 0.5, 1: 1, 2: -3.140625},
		},
		{
			t:     F32,
			bytes: map[int]byte{2: 0xc0, 3: 0x3f, 7: 0xc1},
			want:  map[int]float32{0: 1.5, 1: -8},
		},
	}
}

func TestDequantizeHandBlocks(t *testing.T) {
	for _, hb := range handBlocks() {
		n := hb.t.BlockSize()
		if n == 1 {
			n = len(hb.want)
		}
		size, _ := hb.t.RowSize(n)
		src := make([]byte, size)
		for off, b := range hb.bytes {
			src[off] = b
		}
		dst := make([]float32, n)
		if err := Dequantize(hb.t, src, dst); err != nil {
			t.Fatalf("%s: %v", hb.t, err)
		}
		for v, got := range dst {
			want, ok := hb.want[v]
			if !ok {
				want = 0
				if hb.bg != nil {
					want = hb.bg(v)
				}
			}
			if got != want {
				t.Errorf("%s: value %d = %g, want %g", hb.t, v, got, want)
			}
		}
	}
}

// Two blocks in a row decode independently: the second block of a row is
// read from its own offset.
func TestDequantizeSecondBlock(t *testing.T) {
	for _, hb := range handBlocks() {
		if hb.t.BlockSize() == 1 {
			continue
		}
		n, ts := hb.t.BlockSize(), hb.t.TypeSize()
		src := make([]byte, 2*ts)
		for off, b := range hb.bytes {
			src[ts+off] = b
		}
		dst := make([]float32, 2*n)
		if err := Dequantize(hb.t, src, dst); err != nil {
			t.Fatal(err)
		}
		for v := 0; v < n; v++ {
			want, ok := hb.want[v]
			if !ok && hb.bg != nil {
				want = hb.bg(v)
			}
			if dst[n+v] != want {
				t.Errorf("%s block 1: value %d = %g, want %g", hb.t, v, dst[n+v], want)
			}
		}
	}
}
