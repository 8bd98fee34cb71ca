package quant

import "testing"

func TestTypeGeometry(t *testing.T) {
	// Block sizes in bytes as ggml's static_asserts give them.
	want := map[Type]int{Q4_0: 18, Q4_1: 20, Q5_0: 22, Q5_1: 24, Q8_0: 34, Q8_1: 36,
		Q2_K: 84, Q3_K: 110, Q4_K: 144, Q5_K: 176, Q6_K: 210, Q8_K: 292, F16: 2, BF16: 2, F32: 4}
	for ty, n := range want {
		if ty.TypeSize() != n {
			t.Errorf("%s: type size %d, want %d", ty, ty.TypeSize(), n)
		}
	}
	if _, err := Q4_K.RowSize(100); err == nil {
		t.Error("RowSize accepted a length that is not a multiple of 256")
	}
	if n, err := Q8_0.RowSize(64); err != nil || n != 68 {
		t.Errorf("Q8_0 RowSize(64) = %d, %v", n, err)
	}
	if ty, err := ParseType("q4_k"); err != nil || ty != Q4_K {
		t.Errorf("ParseType(q4_k) = %v, %v", ty, err)
	}
	if Type(99).Known() || Type(99).String() != "type(99)" {
		t.Error("unknown type reported as known")
	}
}
